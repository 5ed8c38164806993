package org.fanloop.notifications;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.fanloop.Savepoints;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notification_preferences table.
 */
@Repository
class EmailPreferences {

	private static final String UPDATE = """
			update notification_preferences
			set email_on_status = :status, email_on_answers = :answers, email_on_releases = :releases
			where member_id = :member""";

	private static final String INSERT = """
			insert into notification_preferences (member_id, email_on_status, email_on_answers, email_on_releases)
			values (:member, :status, :answers, :releases)""";

	private final JdbcClient jdbc;

	private final Savepoints savepoints;

	EmailPreferences(JdbcClient jdbc, Savepoints savepoints) {
		this.jdbc = jdbc;
		this.savepoints = savepoints;
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
	 * Update, else insert; if the member's other request made the row meanwhile, update
	 * it.
	 */
	void save(long memberId, Preferences preferences) {
		Map<String, Object> row = Map.of("member", memberId, "status", preferences.emailOnStatus(), "answers",
				preferences.emailOnAnswers(), "releases", preferences.emailOnReleases());
		if (jdbc.sql(UPDATE).params(row).update() > 0) {
			return;
		}
		if (!savepoints.insert(() -> jdbc.sql(INSERT).params(row).update())) {
			// Another request made the row meanwhile.
			jdbc.sql(UPDATE).params(row).update();
		}
	}

}
