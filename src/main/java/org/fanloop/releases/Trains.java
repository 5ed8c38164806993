package org.fanloop.releases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.fanloop.Savepoints;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The release_trains table.
 */
@Repository
class Trains {

	private static final String UPDATE = """
			update release_trains set beta_weekday = :weekday, stable_every_weeks = :weeks, started_on = :started
			where product_id = :product""";

	private static final String INSERT = """
			insert into release_trains (product_id, beta_weekday, stable_every_weeks, started_on)
			values (:product, :weekday, :weeks, :started)""";

	private final JdbcClient jdbc;

	private final Savepoints savepoints;

	Trains(JdbcClient jdbc, Savepoints savepoints) {
		this.jdbc = jdbc;
		this.savepoints = savepoints;
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

	/**
	 * Update, else insert; if another admin's first save made the row meanwhile, update
	 * it: the last save wins.
	 */
	void save(ReleaseTrain train) {
		Map<String, Object> row = Map.of("product", train.productId(), "weekday", train.betaWeekday().name(), "weeks",
				train.stableEveryWeeks(), "started", train.startedOn());
		if (jdbc.sql(UPDATE).params(row).update() > 0) {
			return;
		}
		if (!savepoints.insert(() -> jdbc.sql(INSERT).params(row).update())) {
			// Another request made the row meanwhile.
			jdbc.sql(UPDATE).params(row).update();
		}
	}

}
