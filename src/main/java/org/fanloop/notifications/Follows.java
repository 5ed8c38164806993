package org.fanloop.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The post_follows table: who follows a post without taking part, and who muted it.
 */
@Repository
class Follows {

	private static final String UPDATE = """
			update post_follows set following = :following, changed_at = :now
			where member_id = :member and post_id = :post""";

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	Follows(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Update, else insert; the insert runs in a savepoint because on PostgreSQL a
	 * duplicate key (the member's other request made the row meanwhile) aborts the whole
	 * transaction, and then the update is what is left to do.
	 */
	void set(long memberId, long postId, boolean following, Instant now) {
		Map<String, Object> row = Map.of("member", memberId, "post", postId, "following", following, "now",
				Notifications.utc(now));
		if (jdbc.sql(UPDATE).params(row).update() > 0) {
			return;
		}
		try {
			savepoint.executeWithoutResult(status -> jdbc.sql("""
					insert into post_follows (member_id, post_id, following, changed_at)
					values (:member, :post, :following, :now)""").params(row).update());
		}
		catch (DuplicateKeyException raced) {
			jdbc.sql(UPDATE).params(row).update();
		}
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

}
