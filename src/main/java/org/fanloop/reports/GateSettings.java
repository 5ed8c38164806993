package org.fanloop.reports;

import java.util.Optional;

import org.fanloop.Savepoints;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The gate_thresholds table: one row per product that set any.
 */
@Repository
class GateSettings {

	private final JdbcClient jdbc;

	private final Savepoints savepoints;

	GateSettings(JdbcClient jdbc, Savepoints savepoints) {
		this.jdbc = jdbc;
		this.savepoints = savepoints;
	}

	Optional<GateThresholds> of(long productId) {
		return jdbc
			.sql("select min_reports, min_average_score, max_dislike_share from gate_thresholds where product_id = :p")
			.param("p", productId)
			.query((rs, row) -> {
				int minReports = rs.getInt("min_reports");
				Integer reports = rs.wasNull() ? null : minReports;
				java.math.BigDecimal average = rs.getBigDecimal("min_average_score");
				java.math.BigDecimal dislike = rs.getBigDecimal("max_dislike_share");
				return new GateThresholds(reports, (average != null) ? average.doubleValue() : null,
						(dislike != null) ? dislike.doubleValue() : null);
			})
			.optional();
	}

	/** Sets the product's thresholds; two first saves at once both succeed. */
	void save(long productId, GateThresholds thresholds) {
		if (update(productId, thresholds) == 0) {
			boolean inserted = savepoints.insert(() -> jdbc.sql("""
					insert into gate_thresholds (product_id, min_reports, min_average_score, max_dislike_share)
					values (:p, :reports, :average, :dislike)""")
				.param("p", productId)
				.param("reports", thresholds.minReports())
				.param("average", thresholds.minAverageScore())
				.param("dislike", thresholds.maxDislikeShare())
				.update());
			if (!inserted) {
				update(productId, thresholds);
			}
		}
	}

	private int update(long productId, GateThresholds thresholds) {
		return jdbc.sql("""
				update gate_thresholds set min_reports = :reports, min_average_score = :average,
				    max_dislike_share = :dislike where product_id = :p""")
			.param("p", productId)
			.param("reports", thresholds.minReports())
			.param("average", thresholds.minAverageScore())
			.param("dislike", thresholds.maxDislikeShare())
			.update();
	}

}
