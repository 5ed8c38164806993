package org.fanloop.testers;

import java.time.Instant;
import java.util.List;

/**
 * Staff removed the product's inactive testers in one action; each gets a notice.
 */
public record TestersPruned(long productId, String productName, String productSlug, List<Long> memberIds, int betas,
		Instant at) {
}
