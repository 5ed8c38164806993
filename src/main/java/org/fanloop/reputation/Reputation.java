package org.fanloop.reputation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A member's reputation: points, level, the next level and how far it is, what the points
 * were earned for, and the latest awards.
 */
public record Reputation(String username, long points, String level, @Nullable String nextLevel,
		@Nullable Long pointsToNext, List<Earned> earned, List<Recent> recent) {

	/** Points for one reason: how many times and how many points. */
	public record Earned(Reason reason, long count, long points) {
	}

	/** One award: what for, in which product, about which post or report or comment. */
	public record Recent(Reason reason, long productId, long subjectId, @Nullable Long postId, int points, Instant at) {
	}

}
