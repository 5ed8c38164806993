package org.fanloop.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fanloop.web.Words;
import org.fanloop.releases.Build;
import org.fanloop.releases.GateRule;
import org.fanloop.releases.PromotionRule;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The testers' verdict in the promotion gate: the product's report thresholds, each a
 * rule when set, with a message that gives the figure beside the threshold.
 */
@Component
@Order(2)
class ReportRules implements PromotionRule {

	private final GateSettings settings;

	private final ExperienceReports reports;

	ReportRules(GateSettings settings, ExperienceReports reports) {
		this.settings = settings;
		this.reports = reports;
	}

	@Override
	public List<GateRule> check(Build build) {
		GateThresholds thresholds = settings.of(build.productId()).orElse(GateThresholds.none());
		if (!thresholds.any()) {
			return List.of();
		}
		Map<Integer, Long> scores = reports.scores(build.id());
		long count = scores.values().stream().mapToLong(Long::longValue).sum();
		long total = scores.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
		List<GateRule> rules = new ArrayList<>();
		if (thresholds.minReports() != null) {
			int needed = thresholds.minReports();
			rules.add(new GateRule("min-reports", count >= needed,
					Words.page((count == 1) ? "gate.report" : "gate.reports", count, needed)));
		}
		if (thresholds.minAverageScore() != null) {
			double needed = thresholds.minAverageScore();
			if (count == 0) {
				rules.add(new GateRule("min-average-score", false, Words.page("gate.no-score", format(needed))));
			}
			else {
				double average = (double) total / count;
				rules.add(new GateRule("min-average-score", average >= needed - 1e-9,
						Words.page("gate.score", format(average), format(needed))));
			}
		}
		if (thresholds.maxDislikeShare() != null) {
			rules.add(dislikes(build, thresholds.maxDislikeShare()));
		}
		return rules;
	}

	private GateRule dislikes(Build build, double allowed) {
		long worstPost = 0;
		double worstShare = -1;
		for (Map.Entry<Long, long[]> post : reports.postFigures(build.id()).entrySet()) {
			long[] f = post.getValue();
			long rated = f[Rating.LIKE.ordinal()] + f[Rating.NEUTRAL.ordinal()] + f[Rating.DISLIKE.ordinal()];
			if (rated == 0) {
				continue;
			}
			double share = (double) f[Rating.DISLIKE.ordinal()] / rated;
			if (share > worstShare || (share == worstShare && post.getKey() < worstPost)) {
				worstShare = share;
				worstPost = post.getKey();
			}
		}
		if (worstShare < 0) {
			return new GateRule("max-dislike-share", true, Words.page("gate.no-ratings", percent(allowed)));
		}
		boolean passed = worstShare <= allowed + 1e-9;
		return new GateRule("max-dislike-share", passed,
				passed ? Words.page("gate.dislikes-ok", percent(allowed), worstPost, percent(worstShare))
						: Words.page("gate.dislikes", worstPost, percent(worstShare), percent(allowed)));
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.2f", value).replaceAll("0$", "").replaceAll("\\.$", ".0");
	}

	private static String percent(double share) {
		return Math.round(share * 100) + " %";
	}

}
