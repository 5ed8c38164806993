package org.fanloop.reports;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

/**
 * A product's report thresholds for the promotion gate; each is a rule only when set: at
 * least this many experience reports, an average score of at least this much, and no
 * delivered post disliked by more than this share of the testers who rated it.
 */
public record GateThresholds(@Nullable @Min(1) @Max(1_000_000) Integer minReports,
		@Nullable @DecimalMin("1.0") @DecimalMax("5.0") Double minAverageScore,
		@Nullable @DecimalMin("0.0") @DecimalMax("1.0") Double maxDislikeShare) {

	static GateThresholds none() {
		return new GateThresholds(null, null, null);
	}

	boolean any() {
		return minReports != null || minAverageScore != null || maxDislikeShare != null;
	}

}
