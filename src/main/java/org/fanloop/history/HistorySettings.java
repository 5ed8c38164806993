package org.fanloop.history;

import org.fanloop.Savepoints;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The history_settings table: whether a member's votes are public.
 */
@Repository
class HistorySettings {

	private final JdbcClient jdbc;

	private final Savepoints savepoints;

	HistorySettings(JdbcClient jdbc, Savepoints savepoints) {
		this.jdbc = jdbc;
		this.savepoints = savepoints;
	}

	boolean votesPublic(long memberId) {
		return jdbc.sql("select votes_public from history_settings where member_id = :member")
			.param("member", memberId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void setVotesPublic(long memberId, boolean votesPublic) {
		String update = "update history_settings set votes_public = :public where member_id = :member";
		if (jdbc.sql(update).param("member", memberId).param("public", votesPublic).update() > 0) {
			return;
		}
		if (!savepoints
			.insert(() -> jdbc.sql("insert into history_settings (member_id, votes_public) values (:member, :public)")
				.param("member", memberId)
				.param("public", votesPublic)
				.update())) {
			jdbc.sql(update).param("member", memberId).param("public", votesPublic).update();
		}
	}

}
