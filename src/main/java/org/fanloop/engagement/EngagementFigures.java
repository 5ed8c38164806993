package org.fanloop.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The team's engagement over [{@code from}, {@code to}): first answers given in the
 * period and how long each post had waited for it (in working time, if the promise counts
 * business hours), the team's comments, status changes and triage, and each member's
 * share. Medians are the middle value (the mean of the middle two for an even count); the
 * 90th percentile is the nearest rank. {@code waiting} and {@code overdue} are now.
 */
public record EngagementFigures(Instant from, Instant to, ResponseTarget target, Team team, List<Member> members,
		List<Week> weeks) {

	/** The whole team. */
	public record Team(long firstAnswers, long comments, long statusChanges, long triaged,
			@Nullable Long medianFirstResponseMinutes, @Nullable Long p90FirstResponseMinutes,
			@Nullable Double withinTargetShare, long waiting, long overdue) {
	}

	/**
	 * One member of the team (or an admin who answered).
	 *
	 * @param firstAnswersPerWeek first answers per 7 days of the period
	 * @param belowGoal whether that is under the product's weekly goal
	 */
	public record Member(String username, long firstAnswers, long comments, long statusChanges, long triaged,
			@Nullable Long medianFirstResponseMinutes, @Nullable Long p90FirstResponseMinutes,
			@Nullable Double withinTargetShare, double firstAnswersPerWeek, @Nullable Integer weeklyGoal,
			boolean belowGoal) {
	}

	/** One week (from Monday, in the product's time zone) of the period. */
	public record Week(LocalDate weekStart, long firstAnswers, @Nullable Long medianFirstResponseMinutes) {

		/** The bar's height in a chart whose tallest bar is {@code max} minutes. */
		public double height(long max, double full) {
			return (medianFirstResponseMinutes == null || max == 0) ? 0 : full * medianFirstResponseMinutes / max;
		}

	}

	/** The longest weekly median, for scaling the chart. */
	public long longestWeek() {
		return weeks.stream()
			.map(Week::medianFirstResponseMinutes)
			.filter(Objects::nonNull)
			.mapToLong(Long::longValue)
			.max()
			.orElse(0);
	}

}
