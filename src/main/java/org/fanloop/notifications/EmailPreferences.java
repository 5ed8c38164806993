package org.fanloop.notifications;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification_preferences table.
 */
@Repository
class EmailPreferences {

	private static final String UPDATE = """
			update notification_preferences
			set email_on_status = :status, email_on_answers = :answers, email_on_releases = :releases
			where member_id = :member""";

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	EmailPreferences(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	Optional<Preferences> of(long memberId) {
		return jdbc.sql("""
				select email_on_status, email_on_answers, email_on_releases
				from notification_preferences where member_id = :member""")
			.param("member", memberId)
			.query((rs, row) -> new Preferences(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)))
			.optional();
	}

	Map<Long, Preferences> of(Collection<Long> memberIds) {
		Map<Long, Preferences> preferences = new HashMap<>();
		if (memberIds.isEmpty()) {
			return preferences;
		}
		jdbc.sql("""
				select member_id, email_on_status, email_on_answers, email_on_releases
				from notification_preferences where member_id in (:members)""")
			.param("members", memberIds)
			.query(rs -> {
				preferences.put(rs.getLong(1), new Preferences(rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)));
			});
		return preferences;
	}

	/**
	 * Update, else insert in a savepoint: a duplicate key (the member's other request
	 * made the row meanwhile) would abort the whole transaction on PostgreSQL.
	 */
	void save(long memberId, Preferences preferences) {
		Map<String, Object> row = Map.of("member", memberId, "status", preferences.emailOnStatus(), "answers",
				preferences.emailOnAnswers(), "releases", preferences.emailOnReleases());
		if (jdbc.sql(UPDATE).params(row).update() > 0) {
			return;
		}
		try {
			savepoint.executeWithoutResult(status -> jdbc
				.sql("""
						insert into notification_preferences (member_id, email_on_status, email_on_answers, email_on_releases)
						values (:member, :status, :answers, :releases)""")
				.params(row)
				.update());
		}
		catch (DuplicateKeyException raced) {
			jdbc.sql(UPDATE).params(row).update();
		}
	}

}
