package org.fanloop.releases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.fanloop.posts.PostStatus;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The builds and build_posts tables.
 */
@Repository
class Builds {

	private static final String COLUMNS = """
			b.id, b.product_id, b.version, b.channel, b.state, b.notes, b.notes_html, b.created_by_name,
			b.created_at, b.published_at, b.withdrawn_at, b.withdrawn_note, b.promoted_from, b.promoted_to,
			b.override_reason, b.overridden_by, b.what_to_test, b.what_to_test_html""";

	private static final String FROM = " from builds b";

	private static final String MILESTONES = """
			select bp.post_id, min(bp.asked_at) asked_at,
			       min(case when b.channel = 'beta' then b.published_at end) beta_at,
			       min(case when b.channel = 'stable' then b.published_at end) stable_at
			from build_posts bp join builds b on b.id = bp.build_id""";

	private static final String MILESTONES_GROUPED = " and b.state in ('published', 'promoted') group by bp.post_id";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	/** Builds carry their product's slug for links; products never change it. */
	private final LongFunction<String> slugs;

	private final Duration betaExpiry;

	Builds(JdbcClient jdbc, NamedParameterJdbcTemplate batches, ProductService products, ReleaseSettings settings) {
		this.betaExpiry = settings.betaExpiry();
		this.jdbc = jdbc;
		this.batches = batches;
		this.slugs = productId -> products.get(productId).slug();
	}

	long insert(long productId, String version, Channel channel, String notes, String notesHtml, long createdBy,
			String createdByName, @Nullable Long promotedFrom, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into builds (product_id, version, channel, state, notes, notes_html, created_by, created_by_name,
				                    created_at, promoted_from)
				values (:product, :version, :channel, 'draft', :notes, :notesHtml, :by, :byName, :now, :from)""")
			.param("product", productId)
			.param("version", version)
			.param("channel", channel.value())
			.param("notes", notes)
			.param("notesHtml", notesHtml)
			.param("by", createdBy)
			.param("byName", createdByName)
			.param("now", utc(now))
			.param("from", promotedFrom)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<Build> byId(long id) {
		return jdbc.sql("select " + COLUMNS + FROM + " where b.id = :id").param("id", id).query(this::build).optional();
	}

	boolean versionTaken(long productId, String version) {
		return jdbc.sql("select count(*) from builds where product_id = :product and version = :version")
			.param("product", productId)
			.param("version", version)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The product's builds, newest first, of the given states and channels.
	 */
	List<Build> of(long productId, List<BuildState> states, List<Channel> channels, int limit) {
		return jdbc.sql("select " + COLUMNS + FROM + """
				 where b.product_id = :product and b.state in (:states) and b.channel in (:channels)
				order by coalesce(b.published_at, b.created_at) desc, b.id desc limit :limit""")
			.param("product", productId)
			.param("states", states.stream().map(BuildState::value).toList())
			.param("channels", channels.stream().map(Channel::value).toList())
			.param("limit", limit)
			.query(this::build)
			.list();
	}

	void whatToTest(long id, String text, String html) {
		jdbc.sql("update builds set what_to_test = :text, what_to_test_html = :html where id = :id")
			.param("id", id)
			.param("text", text)
			.param("html", html)
			.update();
	}

	void updateDraft(long id, String notes, String notesHtml) {
		jdbc.sql("update builds set notes = :notes, notes_html = :notesHtml where id = :id and state = 'draft'")
			.param("id", id)
			.param("notes", notes)
			.param("notesHtml", notesHtml)
			.update();
	}

	/**
	 * Moves the build on only if nobody moved it since {@code from} was read.
	 */
	boolean changeState(long id, BuildState from, BuildState to) {
		return jdbc.sql("update builds set state = :to where id = :id and state = :from")
			.param("id", id)
			.param("from", from.value())
			.param("to", to.value())
			.update() == 1;
	}

	void published(long id, Instant at) {
		jdbc.sql("update builds set published_at = :at where id = :id").param("id", id).param("at", utc(at)).update();
	}

	void withdrawn(long id, String note, Instant at) {
		jdbc.sql("update builds set withdrawn_at = :at, withdrawn_note = :note where id = :id")
			.param("id", id)
			.param("note", note)
			.param("at", utc(at))
			.update();
	}

	void promoted(long betaId, long stableId, @Nullable String overrideReason, @Nullable String overriddenBy) {
		jdbc.sql("""
				update builds set promoted_to = :stable, override_reason = :reason, overridden_by = :by
				where id = :beta""")
			.param("beta", betaId)
			.param("stable", stableId)
			.param("reason", overrideReason)
			.param("by", overriddenBy)
			.update();
	}

	void replacePosts(long buildId, List<BuildPost> posts) {
		jdbc.sql("delete from build_posts where build_id = :build").param("build", buildId).update();
		MapSqlParameterSource[] rows = posts.stream()
			.map(post -> new MapSqlParameterSource("build", buildId).addValue("post", post.postId())
				.addValue("title", post.title())
				.addValue("askedAt", utc(post.askedAt())))
			.toArray(MapSqlParameterSource[]::new);
		batches.batchUpdate("""
				insert into build_posts (build_id, post_id, title, asked_at, moved, askers_count, askers_names)
				values (:build, :post, :title, :askedAt, false, 0, '')""", rows);
	}

	/**
	 * What publishing did to a post, and who had asked for it by then.
	 */
	void recordRelease(long buildId, long postId, PostStatus before, boolean moved, long askers, List<String> names) {
		jdbc.sql("""
				update build_posts set status_before = :before, moved = :moved, askers_count = :askers,
				                       askers_names = :names
				where build_id = :build and post_id = :post""")
			.param("build", buildId)
			.param("post", postId)
			.param("before", before.value())
			.param("moved", moved)
			.param("askers", askers)
			.param("names", String.join(",", names))
			.update();
	}

	List<BuildPost> posts(long buildId) {
		return posts(List.of(buildId)).getOrDefault(buildId, List.of());
	}

	/**
	 * The posts of each of these builds, in one query.
	 */
	Map<Long, List<BuildPost>> posts(Collection<Long> buildIds) {
		Map<Long, List<BuildPost>> posts = new HashMap<>();
		if (buildIds.isEmpty()) {
			return posts;
		}
		jdbc.sql("""
				select build_id, post_id, title, asked_at, status_before, moved, askers_count, askers_names
				from build_posts where build_id in (:builds) order by build_id, post_id""")
			.param("builds", buildIds)
			.query((rs, row) -> Map.entry(rs.getLong("build_id"), buildPost(rs, row)))
			.list()
			.forEach(row -> posts.computeIfAbsent(row.getKey(), build -> new ArrayList<>()).add(row.getValue()));
		return posts;
	}

	/**
	 * Of these posts, those another published beta build still delivers.
	 */
	List<Long> inOtherLiveBetas(long buildId, List<Long> postIds) {
		if (postIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct bp.post_id from build_posts bp join builds b on b.id = bp.build_id
				where bp.post_id in (:posts) and b.id <> :build and b.channel = 'beta' and b.state = 'published'""")
			.param("posts", postIds)
			.param("build", buildId)
			.query(Long.class)
			.list();
	}

	/**
	 * The builds (published or promoted) that delivered this post, oldest first.
	 */
	/** The version of one build, in any state, that delivers the post. */
	Optional<String> deliveringPostAnyState(long postId) {
		return jdbc.sql("""
				select b.version from build_posts bp join builds b on b.id = bp.build_id
				where bp.post_id = :post order by b.id limit 1""").param("post", postId).query(String.class).optional();
	}

	List<Build> deliveringPost(long postId) {
		return jdbc.sql("select " + COLUMNS + FROM + """
				 join build_posts bp on bp.build_id = b.id
				where bp.post_id = :post and b.state in ('published', 'promoted')
				order by b.published_at, b.id""").param("post", postId).query(this::build).list();
	}

	/**
	 * For each post a published build delivered: when it was asked for and when it first
	 * reached a published beta and stable build.
	 */
	List<Milestones> milestones(long productId) {
		return jdbc.sql(MILESTONES + " where b.product_id = :product" + MILESTONES_GROUPED)
			.param("product", productId)
			.query(Builds::milestones)
			.list();
	}

	Optional<Milestones> milestonesOf(long postId) {
		return jdbc.sql(MILESTONES + " where bp.post_id = :post" + MILESTONES_GROUPED)
			.param("post", postId)
			.query(Builds::milestones)
			.optional();
	}

	private static Milestones milestones(ResultSet rs, int row) throws SQLException {
		return new Milestones(rs.getLong("post_id"), required(rs, "asked_at"), instant(rs, "beta_at"),
				instant(rs, "stable_at"));
	}

	private Build build(ResultSet rs, int row) throws SQLException {
		long from = rs.getLong("promoted_from");
		Long promotedFrom = rs.wasNull() ? null : from;
		long to = rs.getLong("promoted_to");
		Long promotedTo = rs.wasNull() ? null : to;
		long productId = rs.getLong("product_id");
		Channel channel = Channel.of(rs.getString("channel"));
		Instant published = instant(rs, "published_at");
		Instant expiresAt = (channel == Channel.BETA && published != null) ? published.plus(betaExpiry) : null;
		return new Build(rs.getLong("id"), productId, slugs.apply(productId), rs.getString("version"), channel,
				BuildState.of(rs.getString("state")), rs.getString("notes"), rs.getString("notes_html"),
				rs.getString("created_by_name"), required(rs, "created_at"), published, instant(rs, "withdrawn_at"),
				rs.getString("withdrawn_note"), promotedFrom, promotedTo, rs.getString("override_reason"),
				rs.getString("overridden_by"), rs.getString("what_to_test"), rs.getString("what_to_test_html"),
				expiresAt);
	}

	private static BuildPost buildPost(ResultSet rs, int row) throws SQLException {
		String before = rs.getString("status_before");
		String names = rs.getString("askers_names");
		return new BuildPost(rs.getLong("post_id"), rs.getString("title"), required(rs, "asked_at"),
				(before != null) ? PostStatus.of(before) : null, rs.getBoolean("moved"), rs.getLong("askers_count"),
				names.isEmpty() ? List.of() : Arrays.asList(names.split(",")));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static Instant required(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * A post in a build, as recorded.
	 */
	record BuildPost(long postId, String title, Instant askedAt, @Nullable PostStatus statusBefore, boolean moved,
			long askers, List<String> askerNames) {

		static BuildPost draft(long postId, String title, Instant askedAt) {
			return new BuildPost(postId, title, askedAt, null, false, 0, List.of());
		}

	}

	/**
	 * When a post was asked for and first reached beta and stable ({@code null}: not
	 * yet).
	 */
	record Milestones(long postId, Instant askedAt, @Nullable Instant betaAt, @Nullable Instant stableAt) {
	}

}
