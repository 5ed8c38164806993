package org.fanloop.screenshots;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The screenshots table: metadata and the file's name.
 */
@Repository
class Screenshots {

	private static final String COLUMNS = """
			id, build_id, post_id, report_member_id, reporter, uploaded_by, uploaded_by_name, file_name, content_type,
			width, height, bytes, slot, created_at""";

	private final JdbcClient jdbc;

	Screenshots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored screenshot with what decides who sees it. */
	record Row(Screenshot screenshot, @Nullable Long reportMemberId, long uploadedBy, String fileName, int slot) {
	}

	long insert(long buildId, @Nullable Long postId, @Nullable Long reportMemberId, @Nullable String reporter,
			long uploadedBy, String uploadedByName, String fileName, ImageCleaner.CleanImage image, int slot,
			Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into screenshots (build_id, post_id, report_member_id, reporter, uploaded_by, uploaded_by_name,
				                         file_name, content_type, width, height, bytes, slot, created_at)
				values (:build, :post, :member, :reporter, :by, :byName, :file, :type, :width, :height, :bytes, :slot,
				        :at)""")
			.param("build", buildId)
			.param("post", postId)
			.param("member", reportMemberId)
			.param("reporter", reporter)
			.param("by", uploadedBy)
			.param("byName", uploadedByName)
			.param("file", fileName)
			.param("type", image.contentType())
			.param("width", image.width())
			.param("height", image.height())
			.param("bytes", image.bytes().length)
			.param("slot", slot)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<Row> byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from screenshots where id = :id")
			.param("id", id)
			.query(Screenshots::row)
			.optional();
	}

	List<Row> ofPost(long postId) {
		return jdbc.sql("select " + COLUMNS + " from screenshots where post_id = :post order by id")
			.param("post", postId)
			.query(Screenshots::row)
			.list();
	}

	List<Row> ofReport(long buildId, long memberId) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from screenshots where build_id = :build and report_member_id = :member order by id")
			.param("build", buildId)
			.param("member", memberId)
			.query(Screenshots::row)
			.list();
	}

	List<Row> ofBuild(long buildId) {
		return jdbc.sql("select " + COLUMNS + " from screenshots where build_id = :build order by id")
			.param("build", buildId)
			.query(Screenshots::row)
			.list();
	}

	void delete(long id) {
		jdbc.sql("delete from screenshots where id = :id").param("id", id).update();
	}

	void deleteOfPost(long postId) {
		jdbc.sql("delete from screenshots where post_id = :post").param("post", postId).update();
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		long post = rs.getLong("post_id");
		Long postId = rs.wasNull() ? null : post;
		long member = rs.getLong("report_member_id");
		Long memberId = rs.wasNull() ? null : member;
		long id = rs.getLong("id");
		Screenshot screenshot = new Screenshot(id, rs.getLong("build_id"), postId, rs.getString("reporter"),
				rs.getString("uploaded_by_name"), rs.getString("content_type"), rs.getInt("width"), rs.getInt("height"),
				rs.getLong("bytes"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				"/api/v1/screenshots/" + id);
		return new Row(screenshot, memberId, rs.getLong("uploaded_by"), rs.getString("file_name"), rs.getInt("slot"));
	}

}
