package org.fanloop.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.fanloop.posts.PostDeleted;
import org.fanloop.web.Words;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notifications table: inboxes, and the queue of emails to send.
 */
@Repository
class Notifications {

	private static final String COLUMNS = "id, kind, title, title_wording, detail, detail_wording, link, post_id, build_id, created_at, read_at";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	Notifications(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/**
	 * Of these members, those who have the notification already.
	 */
	Set<Long> notified(String dedupeKey, Collection<Long> members) {
		if (members.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(
				jdbc.sql("select member_id from notifications where dedupe_key = :key and member_id in (:members)")
					.param("key", dedupeKey)
					.param("members", members)
					.query(Long.class)
					.list());
	}

	void insert(List<NewNotification> notifications) {
		// A fan-out's batch shares one title: its JSON is made once per batch. Only the
		// words are stored (worded when read): with an English copy as well, telling
		// 100,000 members took about 10 % longer on the fan-out benchmark.
		Map<Words, String> json = new HashMap<>();
		MapSqlParameterSource[] rows = notifications.stream().map(n -> {
			String detail = (n.detail() != null) ? json.computeIfAbsent(n.detail(), StoredWords::json) : null;
			return new MapSqlParameterSource("member", n.memberId()).addValue("key", n.dedupeKey())
				.addValue("kind", n.kind().value())
				.addValue("titleWording", json.computeIfAbsent(n.title(), StoredWords::json))
				.addValue("detailWording", detail)
				.addValue("link", n.link())
				.addValue("post", n.postId())
				.addValue("build", n.buildId())
				.addValue("now", utc(n.createdAt()))
				.addValue("email", n.email() ? "pending" : "none");
		}).toArray(MapSqlParameterSource[]::new);
		batches.batchUpdate("""
				insert into notifications (member_id, dedupe_key, kind, title_wording, detail_wording, link, post_id,
				                           build_id, created_at, email_state, email_attempts, email_next_at)
				values (:member, :key, :kind, :titleWording, :detailWording, :link, :post, :build, :now, :email, 0,
				        :now)""", rows);
	}

	/**
	 * A page of the member's notifications, newest news first: ordered by when the change
	 * happened, then by id; {@code afterId} (the last one of the previous page) or null
	 * for the first page.
	 */
	List<Notification> inbox(long memberId, @Nullable Long afterId, int limit, Locale locale) {
		String page = (afterId == null) ? "" : """
				  and (created_at, id) < (select created_at, id from notifications where id = :after)
				""";
		return jdbc
			.sql("select " + COLUMNS + " from notifications where member_id = :member\n" + page
					+ "order by created_at desc, id desc limit :limit")
			.param("member", memberId)
			.param("after", afterId)
			.param("limit", limit)
			.query((rs, row) -> notification(rs, locale))
			.list();
	}

	Optional<String> linkOf(long memberId, long id) {
		return jdbc.sql("select link from notifications where id = :id and member_id = :member")
			.param("id", id)
			.param("member", memberId)
			.query(String.class)
			.optional();
	}

	long unread(long memberId) {
		return jdbc.sql("select count(*) from notifications where member_id = :member and read_at is null")
			.param("member", memberId)
			.query(Long.class)
			.single();
	}

	int markRead(long memberId, @Nullable Collection<Long> ids, Instant now) {
		if (ids == null) {
			return jdbc.sql("update notifications set read_at = :now where member_id = :member and read_at is null")
				.param("member", memberId)
				.param("now", utc(now))
				.update();
		}
		if (ids.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				update notifications set read_at = :now
				where member_id = :member and read_at is null and id in (:ids)""")
			.param("member", memberId)
			.param("ids", ids)
			.param("now", utc(now))
			.update();
	}

	/**
	 * Deletes up to {@code limit} notifications read before {@code readBefore} or made
	 * before {@code madeBefore}; returns how many.
	 */
	int deleteOld(Instant readBefore, Instant madeBefore, int limit) {
		return jdbc.sql("""
				delete from notifications where id in (
				  select id from notifications
				  where (read_at is not null and created_at < :read) or created_at < :made
				  order by id limit :limit)""")
			.param("read", utc(readBefore))
			.param("made", utc(madeBefore))
			.param("limit", limit)
			.update();
	}

	/**
	 * Claims due emails for sending (rows another node claimed are skipped); an email
	 * stuck in sending after a crash is due again once its claim is old.
	 */
	List<Email> claimEmails(int limit, Instant now, Instant staleClaim) {
		List<Email> due = jdbc.sql("""
				select id, member_id, kind, title, title_wording, detail, detail_wording, link, email_attempts
				from notifications
				where (email_state = 'pending' and email_next_at <= :now)
				   or (email_state = 'sending' and email_next_at <= :stale)
				order by id limit :limit
				for update skip locked""")
			.param("now", utc(now))
			.param("stale", utc(staleClaim))
			.param("limit", limit)
			.query((rs, row) -> new Email(rs.getLong("id"), rs.getLong("member_id"),
					NotificationKind.of(rs.getString("kind")), title(rs),
					StoredWords.parse(rs.getString("detail_wording"), rs.getString("detail")), rs.getString("link"),
					rs.getInt("email_attempts")))
			.list();
		if (!due.isEmpty()) {
			jdbc.sql("update notifications set email_state = 'sending', email_next_at = :now where id in (:ids)")
				.param("now", utc(now))
				.param("ids", due.stream().map(Email::id).toList())
				.update();
		}
		return due;
	}

	void emailSent(long id) {
		jdbc.sql("update notifications set email_state = 'sent' where id = :id").param("id", id).update();
	}

	void emailFailed(long id, int attempts, @Nullable Instant retryAt) {
		jdbc.sql("""
				update notifications set email_state = :state, email_attempts = :attempts, email_next_at = :next
				where id = :id""")
			.param("id", id)
			.param("state", (retryAt != null) ? "pending" : "failed")
			.param("attempts", attempts)
			.param("next", (retryAt != null) ? utc(retryAt) : null)
			.update();
	}

	/** Drops the pending emails of a member who unsubscribed. */
	void cancelEmails(long memberId) {
		jdbc.sql("update notifications set email_state = 'none' where member_id = :member and email_state = 'pending'")
			.param("member", memberId)
			.update();
	}

	private Notification notification(ResultSet rs, Locale locale) throws SQLException {
		long post = rs.getLong("post_id");
		Long postId = rs.wasNull() ? null : post;
		long build = rs.getLong("build_id");
		Long buildId = rs.wasNull() ? null : build;
		Words detail = StoredWords.parse(rs.getString("detail_wording"), rs.getString("detail"));
		return new Notification(rs.getLong("id"), NotificationKind.of(rs.getString("kind")),
				text(title(rs), locale, TITLE_LENGTH), (detail != null) ? text(detail, locale, DETAIL_LENGTH) : null,
				rs.getString("link"), postId, buildId, rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("read_at", OffsetDateTime.class) != null);
	}

	/** A row's title: every row has its words, or (written before them) its text. */
	private static Words title(ResultSet rs) throws SQLException {
		return Objects.requireNonNull(StoredWords.parse(rs.getString("title_wording"), rs.getString("title")));
	}

	/** The words in this language, cut to a column's length. */
	static String text(Words words, Locale locale, int length) {
		return cut(words.in(locale), length);
	}

	/** At most {@code length} characters, cut with an ellipsis. */
	static String cut(String text, int length) {
		return (text.length() > length) ? text.substring(0, length - 1) + "…" : text;
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * A notification to store; {@code detail} is plain text under the title (at most
	 * {@link #DETAIL_LENGTH} characters, cut with an ellipsis, in whichever language it
	 * is read).
	 */
	record NewNotification(long memberId, String dedupeKey, NotificationKind kind, Words title, @Nullable Words detail,
			String link, @Nullable Long postId, @Nullable Long buildId, Instant createdAt, boolean email) {

	}

	static final int TITLE_LENGTH = 300;

	static final int DETAIL_LENGTH = 4000;

	record Email(long id, long memberId, NotificationKind kind, Words title, @Nullable Words detail, String link,
			int attempts) {
	}

	/**
	 * Inbox entries about a deleted post go with it (their link would lead nowhere), in
	 * the deleting transaction; a fan-out already planned for it skips the post.
	 */
	@EventListener
	void on(PostDeleted deleted) {
		jdbc.sql("delete from notifications where post_id = :post").param("post", deleted.postId()).update();
		jdbc.sql("delete from fanout_posts where post_id = :post").param("post", deleted.postId()).update();
		jdbc.sql("update fanouts set phase = 'done', finished_at = :at where post_id = :post and phase <> 'done'")
			.param("post", deleted.postId())
			.param("at", utc(deleted.at()))
			.update();
	}

}
