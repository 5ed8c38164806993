package org.fanloop.posts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The comments table.
 */
@Repository
class Comments {

	private final JdbcClient jdbc;

	Comments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Comment insert(long postId, long authorId, String authorName, String body, String bodyHtml, boolean official,
			Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into comments (post_id, author_id, author_name, body, body_html, official, created_at)
				values (:post, :author, :authorName, :body, :bodyHtml, :official, :now)""")
			.param("post", postId)
			.param("author", authorId)
			.param("authorName", authorName)
			.param("body", body)
			.param("bodyHtml", bodyHtml)
			.param("official", official)
			.param("now", Posts.utc(now))
			.update(keys, "id");
		return new Comment(keys.getKeyAs(Number.class).longValue(), postId, authorName, body, bodyHtml, official, now);
	}

	List<Comment> of(long postId, int limit) {
		return jdbc.sql("""
				select id, post_id, author_name, body, body_html, official, created_at
				from comments where post_id = :post order by id limit :limit""")
			.param("post", postId)
			.param("limit", limit)
			.query(Comments::comment)
			.list();
	}

	private static Comment comment(ResultSet rs, int row) throws SQLException {
		return new Comment(rs.getLong("id"), rs.getLong("post_id"), rs.getString("author_name"), rs.getString("body"),
				rs.getString("body_html"), rs.getBoolean("official"), Posts.instant(rs, "created_at"));
	}

	void deleteOf(long postId) {
		jdbc.sql("delete from comments where post_id = :post").param("post", postId).update();
	}

}
