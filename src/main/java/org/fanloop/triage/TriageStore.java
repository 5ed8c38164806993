package org.fanloop.triage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.fanloop.Savepoints;
import org.fanloop.posts.PostKind;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The labels staff gave and the suggestions made. */
@Repository
class TriageStore {

	private final JdbcClient jdbc;

	private final Savepoints savepoints;

	TriageStore(JdbcClient jdbc, Savepoints savepoints) {
		this.jdbc = jdbc;
		this.savepoints = savepoints;
	}

	/** A staff label with the post's words, for training. */
	record Label(long postId, PostKind kind, long productId, String title, String body) {
	}

	List<Label> labels(int limit) {
		return jdbc
			.sql("select l.post_id, l.kind, l.product_id, p.title, p.body from triage_labels l "
					+ "join posts p on p.id = l.post_id order by l.labelled_at desc limit :limit")
			.param("limit", limit)
			.query((rs, row) -> new Label(rs.getLong(1), PostKind.of(rs.getString(2)), rs.getLong(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/**
	 * The newest label's time and how many there are: a retrain is due when they change.
	 */
	String labelsVersion() {
		return jdbc.sql("select count(*), max(labelled_at) from triage_labels")
			.query((rs, row) -> rs.getLong(1) + "@" + rs.getString(2))
			.single();
	}

	private static final String RELABEL = "update triage_labels set kind = :kind, product_id = :product, "
			+ "labelled_by = :by, labelled_at = :at where post_id = :post";

	private static final String LABEL = "insert into triage_labels (post_id, kind, product_id, labelled_by, "
			+ "labelled_at) values (:post, :kind, :product, :by, :at)";

	/**
	 * Stores a staff label, replacing the post's last one. Two staff confirming the same
	 * suggestion at once both find no label; the one whose insert loses the race updates
	 * the other's instead.
	 */
	void label(long postId, PostKind kind, long productId, long by, Instant at) {
		if (labelWith(RELABEL, postId, kind, productId, by, at) == 0
				&& !savepoints.insert(() -> labelWith(LABEL, postId, kind, productId, by, at))) {
			labelWith(RELABEL, postId, kind, productId, by, at);
		}
	}

	/**
	 * Runs a label statement with its five parameters bound; returns the rows changed.
	 */
	private int labelWith(String sql, long postId, PostKind kind, long productId, long by, Instant at) {
		return jdbc.sql(sql)
			.param("post", postId)
			.param("kind", kind.value())
			.param("product", productId)
			.param("by", by)
			.param("at", utc(at))
			.update();
	}

	void suggest(long postId, PostKind kind, double kindConfidence, @Nullable Long productId,
			@Nullable Double productConfidence, Instant at) {
		jdbc.sql("delete from triage_suggestions where post_id = :post").param("post", postId).update();
		jdbc.sql("insert into triage_suggestions (post_id, kind, kind_confidence, product_id, product_confidence, "
				+ "suggested_at) values (:post, :kind, :kc, :product, :pc, :at)")
			.param("post", postId)
			.param("kind", kind.value())
			.param("kc", kindConfidence)
			.param("product", productId)
			.param("pc", productConfidence)
			.param("at", utc(at))
			.update();
	}

	/** The suggestion for a post and its label, as ids. */
	record Stored(long postId, PostKind kind, double kindConfidence, @Nullable Long productId,
			@Nullable Double productConfidence, @Nullable PostKind labelledKind, @Nullable Long labelledProduct) {
	}

	Optional<Stored> suggestion(long postId) {
		return jdbc.sql("select s.kind, s.kind_confidence, s.product_id, s.product_confidence, l.kind, l.product_id "
				+ "from triage_suggestions s left join triage_labels l on l.post_id = s.post_id where s.post_id = :post")
			.param("post", postId)
			.query((rs, row) -> {
				long product = rs.getLong(3);
				Long productId = rs.wasNull() ? null : product;
				double confidence = rs.getDouble(4);
				Double productConfidence = rs.wasNull() ? null : confidence;
				String labelled = rs.getString(5);
				long labelledProduct = rs.getLong(6);
				Long labelledProductId = rs.wasNull() ? null : labelledProduct;
				return new Stored(postId, PostKind.of(rs.getString(1)), rs.getDouble(2), productId, productConfidence,
						(labelled == null) ? null : PostKind.of(labelled), labelledProductId);
			})
			.optional();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
