package org.fanloop.posts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
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
		return new Comment(keys.getKeyAs(Number.class).longValue(), postId, authorName, body, bodyHtml, official, now,
				false, null, null);
	}

	/** Up to {@code limit} comments with ids above {@code after}, oldest first. */
	List<Comment> of(long postId, long after, int limit) {
		return jdbc
			.sql("""
					select id, post_id, author_name, body, body_html, official, created_at, helpful_at, moderation, edited_at
					from comments where post_id = :post and id > :after order by id limit :limit""")
			.param("post", postId)
			.param("after", after)
			.param("limit", limit)
			.query(Comments::comment)
			.list();
	}

	/** The member's comments, newest first, with ids below {@code before}. */
	List<Comment> byAuthor(long authorId, long before, int limit) {
		return jdbc
			.sql("""
					select id, post_id, author_name, body, body_html, official, created_at, helpful_at, moderation, edited_at
					from comments where author_id = :author and id < :before order by id desc limit :limit""")
			.param("author", authorId)
			.param("before", before)
			.param("limit", limit)
			.query(Comments::comment)
			.list();
	}

	/**
	 * A comment as readers see it: a deleted or hidden one keeps its place in the thread
	 * but not its words.
	 */
	private static Comment comment(ResultSet rs, int row) throws SQLException {
		String moderation = rs.getString("moderation");
		return new Comment(rs.getLong("id"), rs.getLong("post_id"), rs.getString("author_name"),
				(moderation == null) ? rs.getString("body") : "", (moderation == null) ? rs.getString("body_html") : "",
				rs.getBoolean("official"), Posts.instant(rs, "created_at"), rs.getObject("helpful_at") != null,
				moderation, (rs.getObject("edited_at") != null) ? Posts.instant(rs, "edited_at") : null);
	}

	/** The comment's author, body and moderation, for an edit or a moderation action. */
	Optional<Stored> stored(long commentId) {
		return jdbc.sql("""
				select c.post_id, p.product_id, c.author_name, c.body, c.moderation
				from comments c join posts p on p.id = c.post_id where c.id = :id""")
			.param("id", commentId)
			.query((rs, row) -> new Stored(commentId, rs.getLong("post_id"), rs.getLong("product_id"),
					rs.getString("author_name"), rs.getString("body"), rs.getString("moderation")))
			.optional();
	}

	void edit(long commentId, String body, String bodyHtml, Instant at) {
		jdbc.sql("update comments set body = :body, body_html = :html, edited_at = :at where id = :id")
			.param("id", commentId)
			.param("body", body)
			.param("html", bodyHtml)
			.param("at", Posts.utc(at))
			.update();
	}

	void moderate(long commentId, @Nullable String moderation) {
		jdbc.sql("update comments set moderation = :moderation where id = :id")
			.param("id", commentId)
			.param("moderation", moderation)
			.update();
	}

	record Stored(long id, long postId, long productId, String authorName, String body, @Nullable String moderation) {
	}

	/** The comment's post, product and author, if it exists. */
	Optional<Posts.CommentOf> commentOf(long commentId) {
		return jdbc.sql("""
				select c.post_id, p.product_id, c.author_name from comments c join posts p on p.id = c.post_id
				where c.id = :id""")
			.param("id", commentId)
			.query((rs, row) -> new Posts.CommentOf(rs.getLong("post_id"), rs.getLong("product_id"),
					rs.getString("author_name")))
			.optional();
	}

	/** Marks the comment helpful; false when it was already. */
	boolean markHelpful(long commentId, String by, Instant at) {
		return jdbc.sql("update comments set helpful_at = :at, helpful_by = :by where id = :id and helpful_at is null")
			.param("id", commentId)
			.param("by", by)
			.param("at", Posts.utc(at))
			.update() > 0;
	}

	void deleteOf(long postId) {
		jdbc.sql("delete from comments where post_id = :post").param("post", postId).update();
	}

}
