package org.fanloop.posts;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The revisions table: what a post or comment said before each edit.
 */
@Repository
class Revisions {

	private final JdbcClient jdbc;

	Revisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long postId, @Nullable Long commentId, @Nullable String title, String body, String editedBy,
			Instant at) {
		jdbc.sql("""
				insert into revisions (post_id, comment_id, title, body, edited_by, edited_at)
				values (:post, :comment, :title, :body, :by, :at)""")
			.param("post", postId)
			.param("comment", commentId)
			.param("title", title)
			.param("body", body)
			.param("by", editedBy)
			.param("at", Posts.utc(at))
			.update();
	}

	/** The post's and its comments' earlier versions, oldest first. */
	List<Revision> of(long postId) {
		return jdbc.sql("""
				select id, post_id, comment_id, title, body, edited_by, edited_at from revisions
				where post_id = :post order by id""").param("post", postId).query((rs, row) -> {
			long comment = rs.getLong("comment_id");
			return new Revision(rs.getLong("id"), rs.getLong("post_id"), rs.wasNull() ? null : comment,
					rs.getString("title"), rs.getString("body"), rs.getString("edited_by"),
					Posts.instant(rs, "edited_at"));
		}).list();
	}

}
