package org.fanloop.reputation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reputation_points ledger and the products' beta level requirements.
 */
@Repository
class ReputationLedger {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	ReputationLedger(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** A row of the ledger. */
	record Entry(String username, long productId, Reason reason, long subjectId, @Nullable Long postId, int points,
			Instant at) {

		/** What must match between the ledger and a recomputation. */
		String key() {
			return reason.value() + ":" + subjectId + ":" + username + ":" + points;
		}

	}

	void insert(Entry entry) {
		jdbc.sql("""
				insert into reputation_points (username, product_id, reason, subject_id, post_id, points, at)
				values (:username, :product, :reason, :subject, :post, :points, :at)""")
			.param("username", entry.username())
			.param("product", entry.productId())
			.param("reason", entry.reason().value())
			.param("subject", entry.subjectId())
			.param("post", entry.postId())
			.param("points", entry.points())
			.param("at", OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC))
			.update();
	}

	void insertAll(Collection<Entry> entries) {
		batches.batchUpdate("""
				insert into reputation_points (username, product_id, reason, subject_id, post_id, points, at)
				values (:username, :product, :reason, :subject, :post, :points, :at)""", entries.stream()
			.map(entry -> new MapSqlParameterSource("username", entry.username()).addValue("product", entry.productId())
				.addValue("reason", entry.reason().value())
				.addValue("subject", entry.subjectId())
				.addValue("post", entry.postId())
				.addValue("points", entry.points())
				.addValue("at", OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC)))
			.toArray(MapSqlParameterSource[]::new));
	}

	List<Entry> all() {
		return jdbc.sql("select username, product_id, reason, subject_id, post_id, points, at from reputation_points")
			.query((rs, row) -> {
				long post = rs.getLong("post_id");
				return new Entry(rs.getString("username"), rs.getLong("product_id"), Reason.of(rs.getString("reason")),
						rs.getLong("subject_id"), rs.wasNull() ? null : post, rs.getInt("points"),
						rs.getObject("at", OffsetDateTime.class).toInstant());
			})
			.list();
	}

	List<Entry> of(String username, int limit) {
		return jdbc.sql("""
				select username, product_id, reason, subject_id, post_id, points, at from reputation_points
				where username = :username order by at desc, id desc limit :limit""")
			.param("username", username)
			.param("limit", limit)
			.query((rs, row) -> {
				long post = rs.getLong("post_id");
				return new Entry(rs.getString("username"), rs.getLong("product_id"), Reason.of(rs.getString("reason")),
						rs.getLong("subject_id"), rs.wasNull() ? null : post, rs.getInt("points"),
						rs.getObject("at", OffsetDateTime.class).toInstant());
			})
			.list();
	}

	/** Per reason: how many and how many points. */
	Map<Reason, long[]> breakdown(String username) {
		Map<Reason, long[]> byReason = new HashMap<>();
		jdbc.sql(
				"""
						select reason, count(*) n, sum(points) p from reputation_points where username = :username group by reason""")
			.param("username", username)
			.query(rs -> {
				byReason.put(Reason.of(rs.getString("reason")), new long[] { rs.getLong("n"), rs.getLong("p") });
			});
		return byReason;
	}

	/** Per member and reason, for one product: how many and how many points. */
	Map<String, Map<Reason, long[]>> byProduct(long productId) {
		Map<String, Map<Reason, long[]>> members = new HashMap<>();
		jdbc.sql("""
				select username, reason, count(*) n, sum(points) p from reputation_points where product_id = :product
				group by username, reason""").param("product", productId).query(rs -> {
			members.computeIfAbsent(rs.getString("username"), name -> new HashMap<>())
				.put(Reason.of(rs.getString("reason")), new long[] { rs.getLong("n"), rs.getLong("p") });
		});
		return members;
	}

	/** The points of these members (those with none are left out). */
	Map<String, Long> totals(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> totals = new HashMap<>();
		jdbc.sql("""
				select username, sum(points) p from reputation_points where username in (:names) group by username""")
			.param("names", usernames)
			.query(rs -> {
				totals.put(rs.getString("username"), rs.getLong("p"));
			});
		return totals;
	}

	void forgetPost(long postId) {
		jdbc.sql("delete from reputation_points where post_id = :post").param("post", postId).update();
	}

	Optional<String> minLevel(long productId) {
		return jdbc.sql("select min_level from beta_level_requirements where product_id = :product")
			.param("product", productId)
			.query(String.class)
			.optional();
	}

	void setMinLevel(long productId, @Nullable String level) {
		jdbc.sql("delete from beta_level_requirements where product_id = :product")
			.param("product", productId)
			.update();
		if (level != null) {
			jdbc.sql("insert into beta_level_requirements (product_id, min_level) values (:product, :level)")
				.param("product", productId)
				.param("level", level)
				.update();
		}
	}

}
