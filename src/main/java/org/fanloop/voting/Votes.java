package org.fanloop.voting;

import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.fanloop.posts.PostActivity;
import org.jspecify.annotations.Nullable;
import org.fanloop.posts.PostVotes;

import org.fanloop.posts.PostDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * The votes table: one row per member and post. On PostgreSQL a group of votes is one
 * statement ({@code ON CONFLICT DO NOTHING ... RETURNING}); H2 has no such statement, so
 * there each vote is one statement in the same transaction. The count lives on the post
 * (the posts module), updated by the writer in the same transaction.
 */
@Repository
class Votes implements PostVotes {

	private static final String CAST_ALL_POSTGRESQL = """
			insert into votes (post_id, member_id, created_at) values :rows
			on conflict do nothing
			returning post_id, member_id""";

	private static final String WITHDRAW_ALL_POSTGRESQL = """
			delete from votes where (post_id, member_id) in (:keys)
			returning post_id, member_id""";

	private static final String CAST_H2 = "insert into votes (post_id, member_id, created_at) values (:post, :member, :now)";

	private static final String WITHDRAW_H2 = "delete from votes where post_id = :post and member_id = :member";

	private final JdbcClient jdbc;

	private final boolean postgresql;

	Votes(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = jdbc;
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		this.postgresql = product.toLowerCase().contains("postgres");
	}

	/**
	 * Records the vote unless it exists; true if it was new.
	 */
	private boolean castOnH2(long postId, long memberId, Instant now) {
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		try {
			jdbc.sql(CAST_H2).param("post", postId).param("member", memberId).param("now", at).update();
		}
		catch (DuplicateKeyException ex) {
			// Voted already. H2 rolls back only the failed statement, not the
			// transaction.
			return false;
		}
		return true;
	}

	/**
	 * Removes the vote if it exists; true if it did.
	 */
	private boolean withdrawOnH2(long postId, long memberId) {
		return jdbc.sql(WITHDRAW_H2).param("post", postId).param("member", memberId).update() > 0;
	}

	/**
	 * Makes the voters of {@code from} who had not voted for {@code into} its voters too,
	 * keeping when they voted, and notes them as brought by {@code from}; returns how
	 * many.
	 */
	long carry(long from, long into) {
		int noted = jdbc
			.sql("insert into merged_votes (post_id, member_id, from_post) "
					+ "select :into, v.member_id, :from from votes v where v.post_id = :from and not exists "
					+ "(select 1 from votes w where w.post_id = :into and w.member_id = v.member_id)")
			.param("from", from)
			.param("into", into)
			.update();
		int cast = jdbc
			.sql("insert into votes (post_id, member_id, created_at) "
					+ "select :into, v.member_id, v.created_at from votes v where v.post_id = :from and exists "
					+ "(select 1 from merged_votes m where m.post_id = :into and m.from_post = :from "
					+ "and m.member_id = v.member_id)")
			.param("from", from)
			.param("into", into)
			.update();
		if (noted != cast) {
			throw new IllegalStateException("Carried " + cast + " votes for " + noted + " voters");
		}
		return cast;
	}

	/**
	 * Takes back from {@code into} the votes {@code from} brought, except those of
	 * members who also voted for a post still merged there (that post brings them now);
	 * returns how many votes went.
	 */
	long takeBack(long from, long into, List<Long> stillMerged) {
		if (!stillMerged.isEmpty()) {
			jdbc.sql("update merged_votes set from_post = (select min(v.post_id) from votes v "
					+ "where v.post_id in (:others) and v.member_id = merged_votes.member_id) "
					+ "where post_id = :into and from_post = :from and exists (select 1 from votes v "
					+ "where v.post_id in (:others) and v.member_id = merged_votes.member_id)")
				.param("from", from)
				.param("into", into)
				.param("others", stillMerged)
				.update();
		}
		int taken = jdbc
			.sql("delete from votes where post_id = :into and member_id in "
					+ "(select member_id from merged_votes where post_id = :into and from_post = :from)")
			.param("from", from)
			.param("into", into)
			.update();
		jdbc.sql("delete from merged_votes where post_id = :into and from_post = :from")
			.param("from", from)
			.param("into", into)
			.update();
		return taken;
	}

	/**
	 * A withdrawn vote was the member's own choice: no undo brings it back or takes it.
	 */
	void forgetCarried(Collection<Key> withdrawn) {
		for (Key key : withdrawn) {
			jdbc.sql("delete from merged_votes where post_id = :post and member_id = :member")
				.param("post", key.postId())
				.param("member", key.memberId())
				.update();
		}
	}

	/**
	 * Records these votes (each key once) unless they exist; returns the new ones. On
	 * PostgreSQL one statement for all of them, its rows in key order so that two nodes
	 * writing the same keys wait for each other instead of deadlocking.
	 */
	Set<Key> castAll(Collection<Key> keys, Instant now) {
		List<Key> sorted = keys.stream().sorted(Key.ORDER).toList();
		if (!postgresql) {
			Set<Key> cast = new HashSet<>();
			for (Key key : sorted) {
				if (castOnH2(key.postId(), key.memberId(), now)) {
					cast.add(key);
				}
			}
			return cast;
		}
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		return new HashSet<>(jdbc.sql(CAST_ALL_POSTGRESQL)
			.param("rows", sorted.stream().map(key -> new Object[] { key.postId(), key.memberId(), at }).toList())
			.query((rs, row) -> new Key(rs.getLong("post_id"), rs.getLong("member_id")))
			.list());
	}

	/**
	 * Removes these votes (each key once) where they exist; returns the removed ones.
	 */
	Set<Key> withdrawAll(Collection<Key> keys) {
		if (!postgresql) {
			Set<Key> withdrawn = new HashSet<>();
			for (Key key : keys) {
				if (withdrawOnH2(key.postId(), key.memberId())) {
					withdrawn.add(key);
				}
			}
			return withdrawn;
		}
		return new HashSet<>(jdbc.sql(WITHDRAW_ALL_POSTGRESQL)
			.param("keys", keys.stream().map(key -> new Object[] { key.postId(), key.memberId() }).toList())
			.query((rs, row) -> new Key(rs.getLong("post_id"), rs.getLong("member_id")))
			.list());
	}

	@Override
	public Set<Long> votedBy(long memberId, Collection<Long> postIds) {
		if (postIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select post_id from votes where member_id = :member and post_id in (:posts)")
			.param("member", memberId)
			.param("posts", postIds)
			.query(Long.class)
			.list());
	}

	/**
	 * Up to {@code limit} voters of the post with ids above {@code after}, in id order (a
	 * range of the primary key).
	 */
	List<Long> votersAfter(long postId, long after, int limit) {
		return jdbc.sql("""
				select member_id from votes
				where post_id = :post and member_id > :after
				order by member_id limit :limit""")
			.param("post", postId)
			.param("after", after)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * The first {@code limit} members who voted for the post.
	 */
	List<Long> firstVoters(long postId, int limit) {
		return jdbc.sql("""
				select member_id from votes where post_id = :post
				order by created_at, member_id limit :limit""")
			.param("post", postId)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/** A member's vote for a post, the votes table's primary key. */
	record Key(long postId, long memberId) {

		static final Comparator<Key> ORDER = Comparator.comparingLong(Key::postId).thenComparingLong(Key::memberId);

	}

	/**
	 * A deleted post's ballots go with it, in the deleting transaction.
	 */
	@EventListener
	void on(PostDeleted deleted) {
		jdbc.sql("delete from votes where post_id = :post").param("post", deleted.postId()).update();
	}

	/**
	 * The posts the member votes for, newest vote first, before the given point when
	 * there is one (read through the votes_by_member index, sorted per member).
	 */
	List<PostActivity> byMember(long memberId, PostActivity.@Nullable Before before, int limit) {
		String after = (before != null) ? " and (created_at < :at or (created_at = :at and post_id < :key))" : "";
		var query = jdbc
			.sql("select post_id, created_at from votes where member_id = :member" + after
					+ " order by created_at desc, post_id desc limit :limit")
			.param("member", memberId)
			.param("limit", limit);
		if (before != null) {
			query = query.param("at", OffsetDateTime.ofInstant(before.at(), ZoneOffset.UTC)).param("key", before.key());
		}
		return query
			.query((rs, row) -> new PostActivity(rs.getLong("post_id"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("post_id")))
			.list();
	}

}
