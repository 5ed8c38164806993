package org.fanloop.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The experience_reports and experience_ratings tables.
 */
@Repository
class ExperienceReports {

	private static final String COLUMNS = """
			id, build_id, tester_name, score, best_post_id, worst_post_id, comment, comment_html, submitted_at,
			updated_at""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	ExperienceReports(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	record Row(long buildId, long productId, long testerId, String testerName, int score, @Nullable Long best,
			@Nullable Long worst, String comment, String commentHtml) {
	}

	/**
	 * Inserts the report; throws DuplicateKeyException when the tester has one already.
	 */
	void insert(Row row, Instant now) {
		jdbc.sql("""
				insert into experience_reports (build_id, product_id, tester_id, tester_name, score, best_post_id,
				                                worst_post_id, comment, comment_html, submitted_at, updated_at)
				values (:build, :product, :tester, :name, :score, :best, :worst, :comment, :html, :now, :now)""")
			.paramSource(params(row, now))
			.update();
	}

	/** Replaces the tester's report (its first submission time stays). */
	void update(Row row, Instant now) {
		jdbc.sql("""
				update experience_reports
				set score = :score, best_post_id = :best, worst_post_id = :worst, comment = :comment,
				    comment_html = :html, updated_at = :now
				where build_id = :build and tester_id = :tester""").paramSource(params(row, now)).update();
	}

	private static MapSqlParameterSource params(Row row, Instant now) {
		return new MapSqlParameterSource("build", row.buildId()).addValue("product", row.productId())
			.addValue("tester", row.testerId())
			.addValue("name", row.testerName())
			.addValue("score", row.score())
			.addValue("best", row.best())
			.addValue("worst", row.worst())
			.addValue("comment", row.comment())
			.addValue("html", row.commentHtml())
			.addValue("now", utc(now));
	}

	long idOf(long buildId, long testerId) {
		return jdbc.sql("select id from experience_reports where build_id = :build and tester_id = :tester")
			.param("build", buildId)
			.param("tester", testerId)
			.query(Long.class)
			.single();
	}

	void replaceRatings(long reportId, Map<Long, Rating> ratings) {
		jdbc.sql("delete from experience_ratings where report_id = :report").param("report", reportId).update();
		MapSqlParameterSource[] rows = ratings.entrySet()
			.stream()
			.map(rating -> new MapSqlParameterSource("report", reportId).addValue("post", rating.getKey())
				.addValue("rating", rating.getValue().value()))
			.toArray(MapSqlParameterSource[]::new);
		batches.batchUpdate(
				"insert into experience_ratings (report_id, post_id, rating) values (:report, :post, :rating)", rows);
	}

	Optional<ExperienceReport> of(long buildId, long testerId) {
		List<ExperienceReport> found = withRatings(jdbc
			.sql("select " + COLUMNS + " from experience_reports where build_id = :build and tester_id = :tester")
			.param("build", buildId)
			.param("tester", testerId)
			.query(ExperienceReports::report)
			.list());
		return found.stream().findFirst();
	}

	/** A page of the build's reports, oldest first, after the report with this id. */
	List<ExperienceReport> page(long buildId, long afterId, int limit) {
		return withRatings(jdbc
			.sql("select " + COLUMNS
					+ " from experience_reports where build_id = :build and id > :after order by id limit :limit")
			.param("build", buildId)
			.param("after", afterId)
			.param("limit", limit)
			.query(ExperienceReports::report)
			.list());
	}

	/** How many reports gave each score. */
	Map<Integer, Long> scores(long buildId) {
		Map<Integer, Long> scores = new HashMap<>();
		jdbc.sql("select score, count(*) n from experience_reports where build_id = :build group by score")
			.param("build", buildId)
			.query((rs, row) -> scores.put(rs.getInt("score"), rs.getLong("n")))
			.list();
		return scores;
	}

	/**
	 * Per post: how many rated it like, neutral, dislike, and called it the best and the
	 * worst.
	 */
	Map<Long, long[]> postFigures(long buildId) {
		Map<Long, long[]> figures = new HashMap<>();
		jdbc.sql("""
				select r.post_id, r.rating, count(*) n
				from experience_ratings r join experience_reports e on e.id = r.report_id
				where e.build_id = :build group by r.post_id, r.rating""").param("build", buildId).query((rs, row) -> {
			long[] counts = figures.computeIfAbsent(rs.getLong("post_id"), id -> new long[5]);
			counts[Rating.of(rs.getString("rating")).orElseThrow().ordinal()] += rs.getLong("n");
			return null;
		}).list();
		for (String choice : List.of("best", "worst")) {
			int slot = choice.equals("best") ? 3 : 4;
			jdbc.sql("select " + choice
					+ "_post_id post, count(*) n from experience_reports where build_id = :build and " + choice
					+ "_post_id is not null group by " + choice + "_post_id")
				.param("build", buildId)
				.query((rs,
						row) -> figures.computeIfAbsent(rs.getLong("post"), id -> new long[5])[slot] = rs.getLong("n"))
				.list();
		}
		return figures;
	}

	private List<ExperienceReport> withRatings(List<ExperienceReport> reports) {
		if (reports.isEmpty()) {
			return reports;
		}
		Map<Long, Map<Long, Rating>> ratings = ratingsOf(reports.stream().map(ExperienceReport::id).toList());
		List<ExperienceReport> complete = new ArrayList<>(reports.size());
		for (ExperienceReport report : reports) {
			complete.add(new ExperienceReport(report.id(), report.buildId(), report.tester(), report.score(),
					report.best(), report.worst(), ratings.getOrDefault(report.id(), Map.of()), report.comment(),
					report.commentHtml(), report.submittedAt(), report.updatedAt()));
		}
		return complete;
	}

	private Map<Long, Map<Long, Rating>> ratingsOf(Collection<Long> reportIds) {
		Map<Long, Map<Long, Rating>> ratings = new HashMap<>();
		jdbc.sql("select report_id, post_id, rating from experience_ratings where report_id in (:ids) order by post_id")
			.param("ids", reportIds)
			.query((rs, row) -> ratings.computeIfAbsent(rs.getLong("report_id"), id -> new LinkedHashMap<>())
				.put(rs.getLong("post_id"), Rating.of(rs.getString("rating")).orElseThrow()))
			.list();
		return ratings;
	}

	private static ExperienceReport report(ResultSet rs, int row) throws SQLException {
		long best = rs.getLong("best_post_id");
		Long bestId = rs.wasNull() ? null : best;
		long worst = rs.getLong("worst_post_id");
		Long worstId = rs.wasNull() ? null : worst;
		return new ExperienceReport(rs.getLong("id"), rs.getLong("build_id"), rs.getString("tester_name"),
				rs.getInt("score"), bestId, worstId, Map.of(), rs.getString("comment"), rs.getString("comment_html"),
				rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	List<ReportSubmitted> submissions() {
		return jdbc.sql("select id, build_id, product_id, tester_name, submitted_at from experience_reports")
			.query((rs, row) -> new ReportSubmitted(rs.getLong("id"), rs.getLong("build_id"), rs.getLong("product_id"),
					rs.getString("tester_name"),
					rs.getObject("submitted_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

}
