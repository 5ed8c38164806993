package org.fanloop.posts;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The post_status_changes table: every post's status timeline.
 */
@Repository
class StatusChanges {

	private final JdbcClient jdbc;

	StatusChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long postId, PostStatus from, PostStatus to, String note, String noteHtml, long changedBy,
			String changedByName, @Nullable Long buildId, @Nullable String buildVersion, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into post_status_changes (post_id, from_status, to_status, note, note_html, changed_by,
				                                 changed_by_name, build_id, build_version, changed_at)
				values (:post, :from, :to, :note, :noteHtml, :by, :byName, :build, :version, :at)""")
			.param("post", postId)
			.param("from", from.value())
			.param("to", to.value())
			.param("note", note)
			.param("noteHtml", noteHtml)
			.param("by", changedBy)
			.param("byName", changedByName)
			.param("build", buildId)
			.param("version", buildVersion)
			.param("at", Posts.utc(at))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	List<StatusChange> of(long postId) {
		return jdbc.sql("""
				select from_status, to_status, note, note_html, changed_by_name, changed_at, build_version
				from post_status_changes where post_id = :post order by id""")
			.param("post", postId)
			.query((rs, row) -> new StatusChange(PostStatus.of(rs.getString("from_status")),
					PostStatus.of(rs.getString("to_status")), rs.getString("note"), rs.getString("note_html"),
					rs.getString("changed_by_name"), Posts.instant(rs, "changed_at"), rs.getString("build_version")))
			.list();
	}

	void deleteOf(long postId) {
		jdbc.sql("delete from post_status_changes where post_id = :post").param("post", postId).update();
	}

}
