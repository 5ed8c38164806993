package org.fanloop.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fanloop.releases.Build;
import org.fanloop.releases.DeliveredPost;
import org.fanloop.releases.ReportSummaries;
import org.fanloop.releases.ReportSummary;
import org.fanloop.testers.TesterService;

import org.springframework.stereotype.Component;

/**
 * What a build's experience reports add up to: three aggregate queries (scores, ratings
 * per post, best and worst), whatever the number of reports.
 */
@Component
class ReportFigures implements ReportSummaries {

	private final ExperienceReports reports;

	private final TesterService testers;

	ReportFigures(ExperienceReports reports, TesterService testers) {
		this.reports = reports;
		this.testers = testers;
	}

	@Override
	public Optional<ReportSummary> of(Build build, List<DeliveredPost> delivered) {
		return Optional.of(summary(build, delivered));
	}

	ReportSummary summary(Build build, List<DeliveredPost> delivered) {
		Map<Integer, Long> byScore = reports.scores(build.id());
		Map<String, Long> scores = new LinkedHashMap<>();
		long count = 0;
		long total = 0;
		for (int score = 1; score <= 5; score++) {
			long n = byScore.getOrDefault(score, 0L);
			scores.put(String.valueOf(score), n);
			count += n;
			total += n * score;
		}
		Double average = (count == 0) ? null
				: BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP).doubleValue();
		Map<Long, long[]> figures = reports.postFigures(build.id());
		List<ReportSummary.PostFigures> posts = delivered.stream().map(post -> {
			long[] f = figures.getOrDefault(post.postId(), new long[5]);
			return new ReportSummary.PostFigures(post.postId(), post.title(), f[Rating.LIKE.ordinal()],
					f[Rating.NEUTRAL.ordinal()], f[Rating.DISLIKE.ordinal()], f[3], f[4]);
		}).toList();
		return new ReportSummary(count, testers.programme(build.productId()).testers(), average, scores, posts);
	}

}
