package org.fanloop.voting;

import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.fanloop.posts.PostVotes;

import org.fanloop.posts.PostDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * The votes, vote_events and vote_tallies tables. On PostgreSQL a group of votes and
 * their ledger entries are one statement (a data-modifying CTE,
 * {@code ON CONFLICT DO NOTHING}); H2 has neither, so there each vote is two statements
 * in the same transaction.
 */
@Repository
class Votes implements PostVotes {

	private static final String CAST_ALL_POSTGRESQL = """
			with cast_votes as (
			  insert into votes (post_id, member_id, created_at) values :rows
			  on conflict do nothing
			  returning post_id, member_id),
			ledger as (
			  insert into vote_events (post_id, delta) select post_id, 1 from cast_votes)
			select post_id, member_id from cast_votes""";

	private static final String WITHDRAW_ALL_POSTGRESQL = """
			with withdrawn as (
			  delete from votes where (post_id, member_id) in (:keys)
			  returning post_id, member_id),
			ledger as (
			  insert into vote_events (post_id, delta) select post_id, -1 from withdrawn)
			select post_id, member_id from withdrawn""";

	private static final String CAST_H2 = "insert into votes (post_id, member_id, created_at) values (:post, :member, :now)";

	private static final String WITHDRAW_H2 = "delete from votes where post_id = :post and member_id = :member";

	private static final String APPEND_H2 = "insert into vote_events (post_id, delta) values (:post, :delta)";

	private static final String COUNTS = """
			select t.post_id, t.vote_count + coalesce((select sum(e.delta) from vote_events e where e.post_id = t.post_id), 0) as votes
			from vote_tallies t
			where t.post_id in (:posts)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	private final boolean postgresql;

	Votes(JdbcClient jdbc, NamedParameterJdbcTemplate batches, DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.batches = batches;
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
		jdbc.sql(APPEND_H2).param("post", postId).param("delta", 1).update();
		return true;
	}

	/**
	 * Removes the vote if it exists; true if it did.
	 */
	private boolean withdrawOnH2(long postId, long memberId) {
		if (jdbc.sql(WITHDRAW_H2).param("post", postId).param("member", memberId).update() == 0) {
			return false;
		}
		jdbc.sql(APPEND_H2).param("post", postId).param("delta", -1).update();
		return true;
	}

	/**
	 * Records these votes (each key once) unless they exist; returns the new ones. On
	 * PostgreSQL one statement for all of them.
	 */
	Set<Key> castAll(Collection<Key> keys, Instant now) {
		if (!postgresql) {
			Set<Key> cast = new HashSet<>();
			for (Key key : keys) {
				if (castOnH2(key.postId(), key.memberId(), now)) {
					cast.add(key);
				}
			}
			return cast;
		}
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		return new HashSet<>(jdbc.sql(CAST_ALL_POSTGRESQL)
			.param("rows", keys.stream().map(key -> new Object[] { key.postId(), key.memberId(), at }).toList())
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

	void startTally(long postId) {
		jdbc.sql("insert into vote_tallies (post_id, vote_count) values (:post, 0)").param("post", postId).update();
	}

	@Override
	public Map<Long, Long> counts(Collection<Long> postIds) {
		if (postIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(COUNTS)
			.param("posts", postIds)
			.query((rs, row) -> Map.entry(rs.getLong("post_id"), rs.getLong("votes")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
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

	/**
	 * Takes the fold lock for this transaction: a second node's fold waits here.
	 */
	void lockTally(Instant now) {
		jdbc.sql("update vote_tally_lock set folded_at = :now where id = 1")
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	List<VoteEvent> oldestEvents(int limit) {
		return jdbc.sql("select id, post_id, delta from vote_events order by id limit :limit")
			.param("limit", limit)
			.query((rs, row) -> new VoteEvent(rs.getLong("id"), rs.getLong("post_id"), rs.getInt("delta")))
			.list();
	}

	void addToTallies(Map<Long, Long> deltas) {
		MapSqlParameterSource[] rows = deltas.entrySet()
			.stream()
			.map(delta -> new MapSqlParameterSource("post", delta.getKey()).addValue("delta", delta.getValue()))
			.toArray(MapSqlParameterSource[]::new);
		batches.batchUpdate("update vote_tallies set vote_count = vote_count + :delta where post_id = :post", rows);
	}

	/**
	 * Deletes exactly these events: ids are not committed in order, so "everything up to
	 * the last id folded" could take an event nobody has counted yet.
	 */
	void deleteEvents(List<Long> ids) {
		int chunk = 1000;
		for (int from = 0; from < ids.size(); from += chunk) {
			jdbc.sql("delete from vote_events where id in (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + chunk)))
				.update();
		}
	}

	/**
	 * On PostgreSQL, folded events stay behind as dead rows until a vacuum, and every
	 * count of a hot post would wade through them (a bitmap scan does not skip them): 30
	 * ms per count after a minute of a vote storm, measured. Autovacuum looks only once a
	 * minute, so the tally asks for it. H2 needs nothing. Must run outside a transaction.
	 */
	void vacuumLedger() {
		if (postgresql) {
			// Without truncation: giving the emptied tail back would lock out the voters
			// for a moment.
			jdbc.sql("vacuum (truncate false) vote_events").update();
		}
	}

	record VoteEvent(long id, long postId, int delta) {
	}

	/** A member's vote for a post, the votes table's primary key. */
	record Key(long postId, long memberId) {
	}

	/**
	 * A deleted post's votes go with it: the ballots, the events not folded yet and the
	 * tally. In the deleting transaction, so a fold running at the same time either saw
	 * the events or finds none.
	 */
	@EventListener
	void on(PostDeleted deleted) {
		for (String table : List.of("votes", "vote_events", "vote_tallies")) {
			jdbc.sql("delete from " + table + " where post_id = :post").param("post", deleted.postId()).update();
		}
	}

}
