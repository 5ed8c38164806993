package org.fanloop.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.fanloop.reputation.Attended;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The review session tables.
 */
@Repository
class Sessions {

	private static final String COLUMNS = """
			id, product_id, topic, starts_at, time_zone, duration_minutes, place, capacity, created_by, outcome,
			outcome_html, closed_at""";

	private final JdbcClient jdbc;

	Sessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long productId, String topic, Instant startsAt, String zone, int minutes, String place, int capacity,
			String createdBy, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into review_sessions (product_id, topic, starts_at, time_zone, duration_minutes, place, capacity,
				                             created_by, created_at)
				values (:product, :topic, :starts, :zone, :minutes, :place, :capacity, :by, :now)""")
			.param("product", productId)
			.param("topic", topic)
			.param("starts", utc(startsAt))
			.param("zone", zone)
			.param("minutes", minutes)
			.param("place", place)
			.param("capacity", capacity)
			.param("by", createdBy)
			.param("now", utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void addPost(long sessionId, long postId) {
		jdbc.sql("insert into review_session_posts (session_id, post_id) values (:session, :post)")
			.param("session", sessionId)
			.param("post", postId)
			.update();
	}

	List<Long> posts(long sessionId) {
		return jdbc.sql("select post_id from review_session_posts where session_id = :session order by post_id")
			.param("session", sessionId)
			.query(Long.class)
			.list();
	}

	Optional<ReviewSession> byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from review_sessions where id = :id")
			.param("id", id)
			.query(Sessions::session)
			.optional();
	}

	/** Locks the session's row: two answers at once cannot both take the last seat. */
	void lock(long id) {
		jdbc.sql("update review_sessions set capacity = capacity where id = :id").param("id", id).update();
	}

	List<ReviewSession> ofProduct(long productId) {
		return jdbc
			.sql("select " + COLUMNS + " from review_sessions where product_id = :product order by starts_at desc")
			.param("product", productId)
			.query(Sessions::session)
			.list();
	}

	void close(long id, String outcome, String outcomeHtml, Instant at) {
		jdbc.sql("update review_sessions set outcome = :outcome, outcome_html = :html, closed_at = :at where id = :id")
			.param("id", id)
			.param("outcome", outcome)
			.param("html", outcomeHtml)
			.param("at", utc(at))
			.update();
	}

	void invite(long sessionId, long memberId, String username, Instant at) {
		jdbc.sql("""
				insert into review_invitations (session_id, member_id, username, state, invited_at)
				values (:session, :member, :username, 'invited', :at)""")
			.param("session", sessionId)
			.param("member", memberId)
			.param("username", username)
			.param("at", utc(at))
			.update();
	}

	List<Invitee> invitees(long sessionId) {
		return jdbc.sql("""
				select username, state, invited_at, answered_at from review_invitations where session_id = :session
				order by coalesce(answered_at, invited_at), id""")
			.param("session", sessionId)
			.query((rs, row) -> new Invitee(rs.getString("username"), rs.getString("state"),
					rs.getObject("invited_at", OffsetDateTime.class).toInstant(), instant(rs, "answered_at")))
			.list();
	}

	Optional<String> stateOf(long sessionId, long memberId) {
		return jdbc.sql("select state from review_invitations where session_id = :session and member_id = :member")
			.param("session", sessionId)
			.param("member", memberId)
			.query(String.class)
			.optional();
	}

	long count(long sessionId, String state) {
		return jdbc.sql("select count(*) from review_invitations where session_id = :session and state = :state")
			.param("session", sessionId)
			.param("state", state)
			.query(Long.class)
			.single();
	}

	void answer(long sessionId, long memberId, String state, Instant at) {
		jdbc.sql("""
				update review_invitations set state = :state, answered_at = :at
				where session_id = :session and member_id = :member""")
			.param("session", sessionId)
			.param("member", memberId)
			.param("state", state)
			.param("at", utc(at))
			.update();
	}

	/** The first on the waitlist moves up to accepted; returns their username, if any. */
	Optional<String> promoteFromWaitlist(long sessionId) {
		Optional<Long> first = jdbc.sql("""
				select member_id from review_invitations where session_id = :session and state = 'waitlisted'
				order by answered_at, id limit 1""").param("session", sessionId).query(Long.class).optional();
		first.ifPresent(member -> jdbc.sql("""
				update review_invitations set state = 'accepted' where session_id = :session and member_id = :member""")
			.param("session", sessionId)
			.param("member", member)
			.update());
		return first.flatMap(member -> jdbc
			.sql("select username from review_invitations where session_id = :session and member_id = :member")
			.param("session", sessionId)
			.param("member", member)
			.query(String.class)
			.optional());
	}

	/** Who attended a closed session: accepted when it closed. */
	List<Attended> attended(@Nullable Long sessionId) {
		String one = (sessionId != null) ? " and s.id = :session" : "";
		return jdbc.sql("""
				select i.id, s.product_id, i.username, s.closed_at from review_invitations i
				join review_sessions s on s.id = i.session_id
				where s.closed_at is not null and i.state = 'accepted'""" + one)
			.param("session", sessionId)
			.query((rs, row) -> new Attended(rs.getLong("id"), rs.getLong("product_id"), rs.getString("username"),
					rs.getObject("closed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private static ReviewSession session(ResultSet rs, int row) throws SQLException {
		return new ReviewSession(rs.getLong("id"), rs.getLong("product_id"), rs.getString("topic"),
				rs.getObject("starts_at", OffsetDateTime.class).toInstant(), rs.getString("time_zone"),
				rs.getInt("duration_minutes"), rs.getString("place"), rs.getInt("capacity"), rs.getString("created_by"),
				rs.getString("outcome"), rs.getString("outcome_html"), instant(rs, "closed_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return (at != null) ? at.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
