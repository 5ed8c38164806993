package org.fanloop.testers;

import java.time.Instant;
import java.util.List;

/**
 * The product's most recently published beta builds, for judging who of its testers is
 * active. The releases module knows the builds and provides this; the testers module
 * cannot ask it directly (releases depends on testers).
 */
public interface RecentBetas {

	/** The product's last {@code count} published betas, newest first. */
	List<RecentBeta> of(long productId, int count);

	/** A published beta build and when it came out. */
	record RecentBeta(long buildId, Instant publishedAt) {
	}

}
