package org.fanloop.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The moderation_log and flags tables.
 */
@Repository
class ModerationRecords {

	private final JdbcClient jdbc;

	ModerationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void log(long productId, long postId, @Nullable Long commentId, String action, String note, String excerpt,
			String actorName, Instant at) {
		jdbc.sql("""
				insert into moderation_log (product_id, post_id, comment_id, action, note, excerpt, actor_name, at)
				values (:product, :post, :comment, :action, :note, :excerpt, :actor, :at)""")
			.param("product", productId)
			.param("post", postId)
			.param("comment", commentId)
			.param("action", action)
			.param("note", note)
			.param("excerpt", excerpt)
			.param("actor", actorName)
			.param("at", utc(at))
			.update();
	}

	List<LogEntry> log(long productId, int limit) {
		return jdbc.sql("""
				select id, post_id, comment_id, action, note, excerpt, actor_name, at from moderation_log
				where product_id = :product order by id desc limit :limit""")
			.param("product", productId)
			.param("limit", limit)
			.query((rs, row) -> new LogEntry(rs.getLong("id"), rs.getLong("post_id"), commentId(rs),
					rs.getString("action"), rs.getString("note"), rs.getString("excerpt"), rs.getString("actor_name"),
					rs.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** A new flag, unless the member has an open one on the same post or comment. */
	boolean flag(long productId, long postId, @Nullable Long commentId, long memberId, String memberName, String reason,
			Instant at) {
		String sql = "select count(*) from flags where member_id = :member and post_id = :post and resolved_at is null"
				+ ((commentId == null) ? " and comment_id is null" : " and comment_id = :comment");
		var query = jdbc.sql(sql).param("member", memberId).param("post", postId);
		if (commentId != null) {
			query = query.param("comment", commentId);
		}
		long open = query.query(Long.class).single();
		if (open > 0) {
			return false;
		}
		jdbc.sql("""
				insert into flags (product_id, post_id, comment_id, member_id, member_name, reason, created_at)
				values (:product, :post, :comment, :member, :name, :reason, :at)""")
			.param("product", productId)
			.param("post", postId)
			.param("comment", commentId)
			.param("member", memberId)
			.param("name", memberName)
			.param("reason", reason)
			.param("at", utc(at))
			.update();
		return true;
	}

	List<Flag> openFlags(long productId, int limit) {
		return jdbc.sql("""
				select id, post_id, comment_id, member_name, reason, created_at from flags
				where product_id = :product and resolved_at is null order by id limit :limit""")
			.param("product", productId)
			.param("limit", limit)
			.query((rs, row) -> new Flag(rs.getLong("id"), rs.getLong("post_id"), commentId(rs),
					rs.getString("member_name"), rs.getString("reason"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * Resolves the open flags on the post (all of them when comment is null) or comment.
	 */
	int resolve(long postId, @Nullable Long commentId, Instant at) {
		String sql = "update flags set resolved_at = :at where post_id = :post and resolved_at is null"
				+ ((commentId == null) ? "" : " and comment_id = :comment");
		var update = jdbc.sql(sql).param("post", postId).param("at", utc(at));
		if (commentId != null) {
			update = update.param("comment", commentId);
		}
		return update.update();
	}

	/** Dismisses one flag of this product; false when there is no such open flag. */
	boolean dismiss(long productId, long flagId, Instant at) {
		return jdbc.sql("""
				update flags set resolved_at = :at
				where id = :id and product_id = :product and resolved_at is null""")
			.param("id", flagId)
			.param("product", productId)
			.param("at", utc(at))
			.update() > 0;
	}

	void forgetFlags(long postId) {
		jdbc.sql("delete from flags where post_id = :post").param("post", postId).update();
	}

	private static @Nullable Long commentId(ResultSet rs) throws SQLException {
		long id = rs.getLong("comment_id");
		return rs.wasNull() ? null : id;
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
