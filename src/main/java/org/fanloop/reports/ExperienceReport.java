package org.fanloop.reports;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One tester's report on one build, as the tester and staff see it.
 */
public record ExperienceReport(long id, long buildId, String tester, int score, @Nullable Long best,
		@Nullable Long worst, Map<Long, Rating> ratings, String comment, String commentHtml, Instant submittedAt,
		Instant updatedAt) {
}
