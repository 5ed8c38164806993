package org.fanloop.testers;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A member's application to a product's beta programme.
 */
public record Application(long productId, long memberId, String username, TesterState state, Instant appliedAt,
		@Nullable Instant decidedAt) {
}
