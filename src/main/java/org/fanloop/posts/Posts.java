package org.fanloop.posts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The posts table and its board listings.
 */
@Repository
class Posts {

	private static final String POST_COLUMNS = """
			id, product_id, kind, title, body, body_html, status, author_name, vote_count, comment_count,
			merged_into, found_in_build, found_in_version, severity, created_at, status_changed_at, source, entered_by,
			moderation, locked, edited_at""";

	private static final String CARD_COLUMNS = """
			id, product_id, kind, title, excerpt, status, author_name, vote_count, comment_count, trending,
			created_at""";

	/**
	 * The trending score after a vote delta: log2(1 + votes) + creation time in weeks
	 * since 1970. Both sides of the SET see the old row, hence
	 * {@code vote_count + :delta}.
	 */
	private static final String ADD_VOTES = """
			update posts
			set vote_count = vote_count + :delta,
			    trending = ln(1 + vote_count + :delta) / ln(2) + extract(epoch from created_at) / 604800.0
			where id = :id""";

	private static final double SECONDS_PER_WEEK = 604800.0;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	Posts(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	long insert(long productId, PostKind kind, NewPost post, String bodyHtml, String excerpt, long authorId,
			String authorName, @Nullable FoundIn foundIn, Instant createdAt) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into posts (product_id, kind, title, body, body_html, excerpt, status, author_id, author_name,
				                   vote_count, comment_count, trending, found_in_build, found_in_version, severity,
				                   created_at, status_changed_at)
				values (:product, :kind, :title, :body, :bodyHtml, :excerpt, 'open', :author, :authorName,
				        1, 0, :trending, :build, :version, :severity, :createdAt, :createdAt)""")
			.param("product", productId)
			.param("kind", kind.value())
			.param("title", post.title())
			.param("body", post.body())
			.param("bodyHtml", bodyHtml)
			.param("excerpt", excerpt)
			.param("author", authorId)
			.param("authorName", authorName)
			// A post starts with its author's vote (cast by the voting module in this
			// transaction):
			// log2(1 + 1) = 1.
			.param("trending", 1 + createdAt.getEpochSecond() / SECONDS_PER_WEEK)
			.param("build", (foundIn != null) ? foundIn.buildId() : null)
			.param("version", (foundIn != null) ? foundIn.version() : null)
			.param("severity", (foundIn != null) ? foundIn.severity().value() : null)
			.param("createdAt", utc(createdAt))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<Post> byId(long id, LongFunction<String> productSlugs) {
		return jdbc.sql("select " + POST_COLUMNS + " from posts where id = :id")
			.param("id", id)
			.query((rs, row) -> post(rs, productSlugs))
			.optional();
	}

	/** What adding a comment needs to know of the post. */
	Optional<CommentTarget> commentTarget(long id) {
		return jdbc.sql("select product_id, locked, moderation from posts where id = :id")
			.param("id", id)
			.query((rs, row) -> new CommentTarget(rs.getLong("product_id"), rs.getBoolean("locked"),
					rs.getString("moderation")))
			.optional();
	}

	record CommentTarget(long productId, boolean locked, @Nullable String moderation) {
	}

	Optional<Long> productOf(long id) {
		return jdbc.sql("select product_id from posts where id = :id").param("id", id).query(Long.class).optional();
	}

	Map<Long, PostStatus> statuses(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, status from posts where id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getLong("id"), PostStatus.of(rs.getString("status"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	List<PostCard> cards(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + CARD_COLUMNS + " from posts where id in (:ids) and moderation is null order by id")
			.param("ids", ids)
			.query((rs, row) -> boardRow(rs).card())
			.list();
	}

	/** Locks the post's row for this transaction (a merge into it waits). */
	void lock(long id) {
		jdbc.sql("update posts set id = id where id = :id").param("id", id).update();
	}

	/** How many posts were merged into this one. */
	long mergedInto(long id) {
		return jdbc.sql("select count(*) from posts where merged_into = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	void delete(long id) {
		jdbc.sql("delete from posts where id = :id").param("id", id).update();
	}

	List<PostCard> foundIn(long buildId) {
		return jdbc.sql("select " + CARD_COLUMNS + " from posts where found_in_build = :build order by id")
			.param("build", buildId)
			.query((rs, row) -> boardRow(rs).card())
			.list();
	}

	/**
	 * Bugs of this severity found in the build that are neither shipped (fixed), declined
	 * nor merged.
	 */
	List<PostCard> unresolvedBugs(long buildId, Severity severity) {
		return jdbc.sql("select " + CARD_COLUMNS + """
				 from posts
				where found_in_build = :build and severity = :severity
				  and status not in ('shipped', 'declined', 'merged')
				order by id""")
			.param("build", buildId)
			.param("severity", severity.value())
			.query((rs, row) -> boardRow(rs).card())
			.list();
	}

	/**
	 * Who wrote or commented on these posts.
	 */
	Set<Long> participants(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select author_id from posts where id in (:ids)
				union
				select author_id from comments where post_id in (:ids)""").param("ids", ids).query(Long.class).list());
	}

	void source(long id, String source, String enteredBy) {
		jdbc.sql("update posts set source = :source, entered_by = :by where id = :id")
			.param("id", id)
			.param("source", source)
			.param("by", enteredBy)
			.update();
	}

	/** A comment's post, product and author. */
	record CommentOf(long postId, long productId, String authorName) {
	}

	/** Sets the time staff first confirmed the bug; false when they had already. */
	boolean confirm(long id, Instant at) {
		return jdbc.sql("update posts set confirmed_at = :at where id = :id and confirmed_at is null")
			.param("id", id)
			.param("at", utc(at))
			.update() > 0;
	}

	void changeSeverity(long id, Severity severity) {
		jdbc.sql("update posts set severity = :severity where id = :id")
			.param("id", id)
			.param("severity", severity.value())
			.update();
	}

	/**
	 * Of these posts, those not merged, their rows locked until the transaction ends (in
	 * id order, as every locker here takes them): a merge, which locks both posts, either
	 * waits for a group of votes on them to commit (and carries those votes along) or
	 * commits first, and the group then sees the post merged and refuses its votes. A
	 * vote never lands on a post after its voters were carried away.
	 */
	Set<Long> votable(Collection<Long> ids) {
		Set<Long> votable = new HashSet<>();
		jdbc.sql("select id, status from posts where id in (:ids) order by id for update")
			.param("ids", ids)
			.query(rs -> {
				if (!PostStatus.MERGED.value().equals(rs.getString("status"))) {
					votable.add(rs.getLong("id"));
				}
			});
		return votable;
	}

	/** A post's product, status and target, its row locked; see {@link #votable}. */
	record Locked(long id, long productId, PostStatus status, @Nullable Long mergedInto) {
	}

	Map<Long, Locked> lock(Collection<Long> ids) {
		Map<Long, Locked> locked = new HashMap<>();
		jdbc.sql("select id, product_id, status, merged_into from posts where id in (:ids) order by id for update")
			.param("ids", ids)
			.query(rs -> {
				long into = rs.getLong("merged_into");
				boolean none = rs.wasNull();
				locked.put(rs.getLong("id"), new Locked(rs.getLong("id"), rs.getLong("product_id"),
						PostStatus.of(rs.getString("status")), none ? null : into));
			});
		return locked;
	}

	void retriage(long id, PostKind kind, long productId) {
		jdbc.sql("update posts set kind = :kind, product_id = :product where id = :id")
			.param("id", id)
			.param("kind", kind.value())
			.param("product", productId)
			.update();
	}

	void mergedInto(long id, @Nullable Long into) {
		jdbc.sql("update posts set merged_into = :into where id = :id").param("id", id).param("into", into).update();
	}

	/** The posts merged into this one, oldest first. */
	List<Long> mergedPosts(long id) {
		return jdbc.sql("select id from posts where merged_into = :id order by id")
			.param("id", id)
			.query(Long.class)
			.list();
	}

	void recordMerge(long id, long into, PostStatus before, String note, long by, Instant at) {
		jdbc.sql("insert into merges (post_id, into_id, status_before, note, merged_by, merged_at) "
				+ "values (:id, :into, :before, :note, :by, :at)")
			.param("id", id)
			.param("into", into)
			.param("before", before.value())
			.param("note", note)
			.param("by", by)
			.param("at", utc(at))
			.update();
	}

	/** What a merged post was before its merge, forgetting the merge. */
	Optional<PostStatus> forgetMerge(long id) {
		Optional<PostStatus> before = jdbc.sql("select status_before from merges where post_id = :id")
			.param("id", id)
			.query((rs, row) -> PostStatus.of(rs.getString(1)))
			.optional();
		jdbc.sql("delete from merges where post_id = :id").param("id", id).update();
		return before;
	}

	Optional<PostStatus> statusOf(long id) {
		return jdbc.sql("select status from posts where id = :id")
			.param("id", id)
			.query((rs, row) -> PostStatus.of(rs.getString("status")))
			.optional();
	}

	/**
	 * One more row than asked for, so the caller knows whether a next page exists. Merged
	 * posts are left out unless asked for by status.
	 */
	List<BoardRow> board(long productId, BoardQuery query) {
		StringBuilder sql = new StringBuilder("select " + CARD_COLUMNS + " from posts where product_id = :product");
		MapSqlParameterSource params = new MapSqlParameterSource("product", productId);
		if (query.status() != null) {
			sql.append(" and status = :status");
			params.addValue("status", query.status().value());
		}
		else {
			sql.append(" and status <> 'merged'");
		}
		sql.append(" and moderation is null");
		if (query.kind() != null) {
			sql.append(" and kind = :kind");
			params.addValue("kind", query.kind().value());
		}
		BoardCursor after = query.after();
		switch (query.sort()) {
			case TOP -> {
				if (after != null) {
					// A row comparison, which PostgreSQL reads as a range of the index:
					// the
					// same condition written with OR was a filter, and a cursor 29,000
					// posts deep read all of them first (4.1 s on a board of 475,000
					// posts; 2.5 ms as a range).
					sql.append(" and (vote_count, id) < (:key, :id)");
					params.addValue("key", after.votes()).addValue("id", after.id());
				}
				sql.append(" order by vote_count desc, id desc");
			}
			case TRENDING -> {
				if (after != null) {
					sql.append(" and (trending, id) < (:key, :id)");
					params.addValue("key", after.key()).addValue("id", after.id());
				}
				sql.append(" order by trending desc, id desc");
			}
			case NEW -> {
				if (after != null) {
					sql.append(" and id < :id");
					params.addValue("id", after.id());
				}
				sql.append(" order by id desc");
			}
		}
		sql.append(" limit :limit");
		params.addValue("limit", query.limit() + 1);
		return batches.query(sql.toString(), params, (rs, row) -> boardRow(rs));
	}

	List<PostCard> byAuthor(long authorId, int limit) {
		return jdbc
			.sql("select " + CARD_COLUMNS
					+ " from posts where author_id = :author and moderation is null order by id desc limit :limit")
			.param("author", authorId)
			.param("limit", limit)
			.query((rs, row) -> boardRow(rs).card())
			.list();
	}

	/**
	 * Moves the post on only if nobody moved it since {@code from} was read.
	 */
	boolean changeStatus(long id, PostStatus from, PostStatus to, Instant at) {
		return jdbc.sql("""
				update posts set status = :to, status_changed_at = :at
				where id = :id and status = :from""")
			.param("id", id)
			.param("from", from.value())
			.param("to", to.value())
			.param("at", utc(at))
			.update() == 1;
	}

	void countComment(long id) {
		jdbc.sql("update posts set comment_count = comment_count + 1 where id = :id").param("id", id).update();
	}

	/**
	 * Updates the posts in ascending id order, the order status moves lock them in too,
	 * so a group of votes and a build's publication never wait on each other in a circle.
	 */
	void addVotes(Map<Long, Long> deltas) {
		MapSqlParameterSource[] rows = deltas.entrySet()
			.stream()
			.filter(delta -> delta.getValue() != 0)
			.sorted(Map.Entry.comparingByKey())
			.map(delta -> new MapSqlParameterSource("id", delta.getKey()).addValue("delta", delta.getValue()))
			.toArray(MapSqlParameterSource[]::new);
		batches.batchUpdate(ADD_VOTES, rows);
	}

	Map<Long, Long> voteCounts(Collection<Long> ids) {
		Map<Long, Long> counts = new HashMap<>();
		jdbc.sql("select id, vote_count from posts where id in (:ids)").param("ids", ids).query(rs -> {
			counts.put(rs.getLong("id"), rs.getLong("vote_count"));
		});
		return counts;
	}

	/** How many posts there are and the highest id. */
	long[] census() {
		return jdbc.sql("select count(*), coalesce(max(id), 0) from posts where moderation is null")
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	/**
	 * Up to {@code limit} posts with ids above {@code afterId}, in id order, with their
	 * comments' words (at most {@code commentChars} characters of them per post).
	 */
	List<PostText> texts(long afterId, int limit, int commentChars) {
		List<PostText> posts = jdbc.sql("""
				select id, product_id, kind, status, title, body, vote_count, created_at from posts
				where id > :after and moderation is null order by id limit :limit""")
			.param("after", afterId)
			.param("limit", limit)
			.query((rs, row) -> new PostText(rs.getLong("id"), rs.getLong("product_id"),
					PostKind.of(rs.getString("kind")), PostStatus.of(rs.getString("status")), rs.getString("title"),
					rs.getString("body"), "", rs.getLong("vote_count"), instant(rs, "created_at")))
			.list();
		if (posts.isEmpty()) {
			return posts;
		}
		Map<Long, StringBuilder> comments = new HashMap<>();
		jdbc.sql("""
				select post_id, body from comments
				where post_id between :first and :last and moderation is null order by post_id, id""")
			.param("first", posts.getFirst().id())
			.param("last", posts.getLast().id())
			.query(rs -> {
				StringBuilder words = comments.computeIfAbsent(rs.getLong("post_id"), id -> new StringBuilder());
				if (words.length() < commentChars) {
					words.append(rs.getString("body")).append('\n');
				}
			});
		return posts.stream().map(post -> {
			StringBuilder words = comments.get(post.id());
			String text = (words == null) ? "" : words.substring(0, Math.min(words.length(), commentChars));
			return new PostText(post.id(), post.productId(), post.kind(), post.status(), post.title(), post.body(),
					text, post.voteCount(), post.createdAt());
		}).toList();
	}

	private static Post post(ResultSet rs, LongFunction<String> productSlugs) throws SQLException {
		long merged = rs.getLong("merged_into");
		Long mergedInto = rs.wasNull() ? null : merged;
		long build = rs.getLong("found_in_build");
		Long foundInBuild = rs.wasNull() ? null : build;
		String severity = rs.getString("severity");
		long productId = rs.getLong("product_id");
		return new Post(rs.getLong("id"), productId, productSlugs.apply(productId), PostKind.of(rs.getString("kind")),
				rs.getString("title"), rs.getString("body"), rs.getString("body_html"),
				PostStatus.of(rs.getString("status")), rs.getString("author_name"), rs.getLong("vote_count"),
				rs.getInt("comment_count"), false, mergedInto, foundInBuild, rs.getString("found_in_version"),
				(severity != null) ? Severity.of(severity) : null, instant(rs, "created_at"),
				instant(rs, "status_changed_at"), rs.getString("source"), rs.getString("entered_by"),
				rs.getString("moderation"), rs.getBoolean("locked"),
				(rs.getObject("edited_at") != null) ? instant(rs, "edited_at") : null);
	}

	private static BoardRow boardRow(ResultSet rs) throws SQLException {
		PostCard card = new PostCard(rs.getLong("id"), rs.getLong("product_id"), PostKind.of(rs.getString("kind")),
				rs.getString("title"), rs.getString("excerpt"), PostStatus.of(rs.getString("status")),
				rs.getString("author_name"), rs.getLong("vote_count"), rs.getInt("comment_count"), false,
				instant(rs, "created_at"));
		return new BoardRow(card, rs.getDouble("trending"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * The build a bug was found in, and how bad it is.
	 */
	record FoundIn(long buildId, String version, Severity severity) {
	}

	/**
	 * A card with the stored sort keys the board ordered by (the card's count becomes
	 * exact later, but a cursor must carry the stored value).
	 */
	record BoardRow(PostCard card, double trending) {

		BoardCursor cursor(BoardSort sort) {
			double key = switch (sort) {
				case TOP -> card.voteCount();
				case TRENDING -> trending;
				case NEW -> card.id();
			};
			return new BoardCursor(sort, key, card.id());
		}

	}

	/** A new title and body, written by an edit. */
	void edit(long id, String title, String body, String bodyHtml, String excerpt, Instant at) {
		jdbc.sql("""
				update posts set title = :title, body = :body, body_html = :html, excerpt = :excerpt, edited_at = :at
				where id = :id""")
			.param("id", id)
			.param("title", title)
			.param("body", body)
			.param("html", bodyHtml)
			.param("excerpt", excerpt)
			.param("at", utc(at))
			.update();
	}

	void moderate(long id, @Nullable String moderation, boolean locked) {
		jdbc.sql("update posts set moderation = :moderation, locked = :locked where id = :id")
			.param("id", id)
			.param("moderation", moderation)
			.param("locked", locked)
			.update();
	}

	/** How many shown posts the product has in each status. */
	Map<PostStatus, Long> countsByStatus(long productId) {
		Map<PostStatus, Long> counts = new java.util.EnumMap<>(PostStatus.class);
		jdbc.sql("""
				select status, count(*) as n from posts
				where product_id = :product and moderation is null group by status""")
			.param("product", productId)
			.query(rs -> {
				counts.put(PostStatus.of(rs.getString("status")), rs.getLong("n"));
			});
		return counts;
	}

}
