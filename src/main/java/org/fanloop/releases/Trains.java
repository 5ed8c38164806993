package org.fanloop.releases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The release_trains table.
 */
@Repository
class Trains {

	private final JdbcClient jdbc;

	Trains(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ReleaseTrain> of(long productId) {
		return jdbc.sql("""
				select product_id, beta_weekday, stable_every_weeks, started_on from release_trains
				where product_id = :product""")
			.param("product", productId)
			.query((rs, row) -> new ReleaseTrain(rs.getLong("product_id"),
					DayOfWeek.valueOf(rs.getString("beta_weekday")), rs.getInt("stable_every_weeks"),
					rs.getObject("started_on", LocalDate.class)))
			.optional();
	}

	void save(ReleaseTrain train) {
		int updated = jdbc.sql("""
				update release_trains set beta_weekday = :weekday, stable_every_weeks = :weeks, started_on = :started
				where product_id = :product""")
			.param("product", train.productId())
			.param("weekday", train.betaWeekday().name())
			.param("weeks", train.stableEveryWeeks())
			.param("started", train.startedOn())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into release_trains (product_id, beta_weekday, stable_every_weeks, started_on)
					values (:product, :weekday, :weeks, :started)""")
				.param("product", train.productId())
				.param("weekday", train.betaWeekday().name())
				.param("weeks", train.stableEveryWeeks())
				.param("started", train.startedOn())
				.update();
		}
	}

}
