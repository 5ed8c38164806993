package org.fanloop.notifications;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fanloop.Savepoints;
import org.fanloop.posts.PostActivity;
import org.jspecify.annotations.Nullable;
import org.fanloop.posts.PostDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The post_follows table: who follows a post without taking part, and who muted it.
 */
@Repository
class Follows {

	private static final String UPDATE = """
			update post_follows set following = :following, changed_at = :now
			where member_id = :member and post_id = :post""";

	private static final String INSERT = """
			insert into post_follows (member_id, post_id, following, changed_at)
			values (:member, :post, :following, :now)""";

	private final JdbcClient jdbc;

	private final Savepoints savepoints;

	Follows(JdbcClient jdbc, Savepoints savepoints) {
		this.jdbc = jdbc;
		this.savepoints = savepoints;
	}

	/**
	 * Update, else insert; if the member's other request made the row meanwhile, the
	 * update is what is left to do.
	 */
	void set(long memberId, long postId, boolean following, Instant now) {
		Map<String, Object> row = Map.of("member", memberId, "post", postId, "following", following, "now",
				Notifications.utc(now));
		if (jdbc.sql(UPDATE).params(row).update() > 0) {
			return;
		}
		if (!savepoints.insert(() -> jdbc.sql(INSERT).params(row).update())) {
			// Another request made the row meanwhile.
			jdbc.sql(UPDATE).params(row).update();
		}
	}

	/** The posts the member follows, newest follow first, before the given point. */
	List<PostActivity> followedBy(long memberId, PostActivity.@Nullable Before before, int limit) {
		String after = (before != null) ? " and (changed_at < :at or (changed_at = :at and post_id < :key))" : "";
		var query = jdbc
			.sql("select post_id, changed_at from post_follows where member_id = :member and following" + after
					+ " order by changed_at desc, post_id desc limit :limit")
			.param("member", memberId)
			.param("limit", limit);
		if (before != null) {
			query = query.param("at", Notifications.utc(before.at())).param("key", before.key());
		}
		return query
			.query((rs, row) -> new PostActivity(rs.getLong("post_id"),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getLong("post_id")))
			.list();
	}

	Optional<Boolean> of(long memberId, long postId) {
		return jdbc.sql("select following from post_follows where member_id = :member and post_id = :post")
			.param("member", memberId)
			.param("post", postId)
			.query(Boolean.class)
			.optional();
	}

	Set<Long> followers(Collection<Long> postIds) {
		return new HashSet<>(
				jdbc.sql("select distinct member_id from post_follows where post_id in (:posts) and following = true")
					.param("posts", postIds)
					.query(Long.class)
					.list());
	}

	/**
	 * Of these members, those who muted every one of these posts.
	 */
	Set<Long> mutedAll(Collection<Long> members, Collection<Long> postIds) {
		if (members.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select member_id from post_follows
				where member_id in (:members) and post_id in (:posts) and following = false
				group by member_id having count(*) = :all""")
			.param("members", members)
			.param("posts", postIds)
			.param("all", postIds.size())
			.query(Long.class)
			.list());
	}

	/** A deleted post's follows go with it, in the deleting transaction. */
	@EventListener
	void on(PostDeleted deleted) {
		jdbc.sql("delete from post_follows where post_id = :post").param("post", deleted.postId()).update();
	}

}
