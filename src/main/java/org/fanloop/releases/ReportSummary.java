package org.fanloop.releases;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the testers' experience reports on a beta build add up to, as the build page and
 * {@code GET /api/v1/builds/{id}} show it: how many reports of how many testers, the
 * average score and how many gave each score, and per delivered post how many liked, were
 * neutral about or disliked it and called it the best or the worst. Made by the module
 * that keeps the reports ({@link ReportSummaries}).
 */
public record ReportSummary(long count, long testers, @Nullable Double averageScore, Map<String, Long> scores,
		List<PostFigures> posts) {

	/** How many of the reports gave this score, in percent of all (0 without reports). */
	public long scorePercent(String score) {
		return (count == 0) ? 0 : Math.round(100.0 * scores.getOrDefault(score, 0L) / count);
	}

	/** One delivered post's figures. */
	public record PostFigures(long id, String title, long like, long neutral, long dislike, long best, long worst) {

		public long rated() {
			return like + neutral + dislike;
		}

		/**
		 * This many ratings in percent of the post's ratings (0 when nobody rated it).
		 */
		public long percent(long ratings) {
			return (rated() == 0) ? 0 : Math.round(100.0 * ratings / rated());
		}

		/** The share of ratings that were dislikes, 0 when nobody rated it. */
		public double dislikeShare() {
			return (rated() == 0) ? 0 : (double) dislike / rated();
		}

	}

}
