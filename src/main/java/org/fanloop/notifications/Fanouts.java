package org.fanloop.notifications;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The fanouts and fanout_posts tables: jobs that tell many members, one batch at a time.
 */
@Repository
class Fanouts {

	private static final String COLUMNS = """
			id, dedupe_key, kind, title, title_wording, link, post_id, build_id, exclude_member, phase, after_member, notified,
			occurred_at""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	Fanouts(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	boolean exists(String dedupeKey) {
		return jdbc.sql("select count(*) from fanouts where dedupe_key = :key")
			.param("key", dedupeKey)
			.query(Long.class)
			.single() > 0;
	}

	long insert(FanoutJob.Plan plan, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into fanouts (dedupe_key, kind, title_wording, link, post_id, build_id, exclude_member, phase, after_member,
						                     notified, occurred_at, created_at)
						values (:key, :kind, :wording, :link, :post, :build, :exclude, 'participants', 0, 0, :occurred, :now)""")
			.param("key", plan.dedupeKey())
			.param("kind", plan.kind().value())
			.param("wording", StoredWords.json(plan.title()))
			.param("link", plan.link())
			.param("post", plan.postId())
			.param("build", plan.buildId())
			.param("exclude", plan.excludeMember())
			.param("occurred", Notifications.utc(plan.occurredAt()))
			.param("now", Notifications.utc(now))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		batches.batchUpdate("insert into fanout_posts (fanout_id, post_id) values (:fanout, :post)",
				plan.postIds()
					.stream()
					.map(post -> new MapSqlParameterSource("fanout", id).addValue("post", post))
					.toArray(MapSqlParameterSource[]::new));
		return id;
	}

	/**
	 * The oldest unfinished job, locked for this transaction; another node works on
	 * another.
	 */
	Optional<FanoutJob> claimOpen() {
		return jdbc.sql("select " + COLUMNS + """
				 from fanouts where phase <> 'done'
				order by id limit 1
				for update skip locked""").query((rs, row) -> {
			long post = rs.getLong("post_id");
			Long postId = rs.wasNull() ? null : post;
			long build = rs.getLong("build_id");
			Long buildId = rs.wasNull() ? null : build;
			long exclude = rs.getLong("exclude_member");
			Long excludeMember = rs.wasNull() ? null : exclude;
			return new FanoutJob(rs.getLong("id"),
					new FanoutJob.Plan(rs.getString("dedupe_key"), NotificationKind.of(rs.getString("kind")),
							Objects.requireNonNull(
									StoredWords.parse(rs.getString("title_wording"), rs.getString("title"))),
							rs.getString("link"), postId, buildId, excludeMember, List.of(),
							rs.getObject("occurred_at", OffsetDateTime.class).toInstant()),
					FanoutJob.Phase.of(rs.getString("phase")), rs.getLong("after_member"), rs.getLong("notified"));
		}).optional().map(job -> job.withPosts(posts(job.id())));
	}

	List<Long> posts(long fanoutId) {
		return jdbc.sql("select post_id from fanout_posts where fanout_id = :fanout order by post_id")
			.param("fanout", fanoutId)
			.query(Long.class)
			.list();
	}

	void advance(long id, FanoutJob.Phase phase, long cursor, long notified, @Nullable Instant finishedAt) {
		jdbc.sql("""
				update fanouts set phase = :phase, after_member = :cursor, notified = notified + :notified,
				                   finished_at = :finished
				where id = :id""")
			.param("id", id)
			.param("phase", phase.value())
			.param("cursor", cursor)
			.param("notified", notified)
			.param("finished", (finishedAt != null) ? Notifications.utc(finishedAt) : null)
			.update();
	}

	/**
	 * The progress of the newest fan-out about a build: members notified, and its phase.
	 */
	Optional<Progress> ofBuild(long buildId) {
		return jdbc.sql("select notified, phase from fanouts where build_id = :build order by id desc limit 1")
			.param("build", buildId)
			.query((rs, row) -> new Progress(rs.getLong("notified"), rs.getString("phase")))
			.optional();
	}

	record Progress(long notified, String phase) {
	}

}
