package org.fanloop.releases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The release_trains table.
 */
@Repository
class Trains {

	private static final String UPDATE = """
			update release_trains set beta_weekday = :weekday, stable_every_weeks = :weeks, started_on = :started
			where product_id = :product""";

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	Trains(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
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
	 * Update, else insert in a savepoint: a duplicate key (another admin's first save
	 * meanwhile) would abort the whole transaction on PostgreSQL; the last save wins.
	 */
	void save(ReleaseTrain train) {
		Map<String, Object> row = Map.of("product", train.productId(), "weekday", train.betaWeekday().name(), "weeks",
				train.stableEveryWeeks(), "started", train.startedOn());
		if (jdbc.sql(UPDATE).params(row).update() > 0) {
			return;
		}
		try {
			savepoint.executeWithoutResult(status -> jdbc.sql("""
					insert into release_trains (product_id, beta_weekday, stable_every_weeks, started_on)
					values (:product, :weekday, :weeks, :started)""").params(row).update());
		}
		catch (DuplicateKeyException raced) {
			jdbc.sql(UPDATE).params(row).update();
		}
	}

}
