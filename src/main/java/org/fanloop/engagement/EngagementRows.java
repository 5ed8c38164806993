package org.fanloop.engagement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The engagement tables: members' posts and their first answers, the team's actions, the
 * rotation and the products' promises.
 */
@Repository
class EngagementRows {

	private static final String POST_COLUMNS = """
			post_id, product_id, created_at, assignee_id, assignee_name, assigned_at, first_answer_at, first_answer_by,
			first_answer_by_name""";

	private final JdbcClient jdbc;

	EngagementRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A member's post as the queue sees it. */
	record Tracked(long postId, long productId, Instant createdAt, @Nullable Long assigneeId,
			@Nullable String assigneeName, @Nullable Instant firstAnswerAt, @Nullable Long firstAnswerBy,
			@Nullable String firstAnswerByName) {
	}

	/** One team member's count of one kind of action. */
	record ActionCount(String memberName, String kind, long count) {
	}

	void track(long postId, long productId, Instant createdAt) {
		jdbc.sql("insert into engagement_posts (post_id, product_id, created_at) values (:post, :product, :at)")
			.param("post", postId)
			.param("product", productId)
			.param("at", utc(createdAt))
			.update();
	}

	Optional<Tracked> tracked(long postId) {
		return jdbc.sql("select " + POST_COLUMNS + " from engagement_posts where post_id = :post")
			.param("post", postId)
			.query(EngagementRows::tracked)
			.optional();
	}

	void assign(long postId, @Nullable Long memberId, @Nullable String name, Instant at) {
		jdbc.sql("""
				update engagement_posts set assignee_id = :member, assignee_name = :name, assigned_at = :at
				where post_id = :post""")
			.param("post", postId)
			.param("member", memberId)
			.param("name", name)
			.param("at", (memberId != null) ? utc(at) : null)
			.update();
	}

	/** Records the first answer; false when the post had one (or is not tracked). */
	boolean answer(long postId, long memberId, String name, Instant at) {
		return jdbc
			.sql("""
					update engagement_posts set first_answer_at = :at, first_answer_by = :member, first_answer_by_name = :name
					where post_id = :post and first_answer_at is null""")
			.param("post", postId)
			.param("member", memberId)
			.param("name", name)
			.param("at", utc(at))
			.update() > 0;
	}

	/** The product's posts waiting for a first answer, oldest first. */
	List<Tracked> waiting(long productId, @Nullable Long assigneeId, int limit) {
		String byAssignee = (assigneeId != null) ? " and assignee_id = :assignee" : "";
		return jdbc
			.sql("select " + POST_COLUMNS + " from engagement_posts where product_id = :product"
					+ " and first_answer_at is null" + byAssignee + " order by created_at, post_id limit :limit")
			.param("product", productId)
			.param("assignee", assigneeId)
			.param("limit", limit)
			.query(EngagementRows::tracked)
			.list();
	}

	/** The product's posts first answered in [from, to), in answer order. */
	List<Tracked> answeredBetween(long productId, Instant from, Instant to) {
		return jdbc
			.sql("select " + POST_COLUMNS + " from engagement_posts where product_id = :product"
					+ " and first_answer_at >= :from and first_answer_at < :to order by first_answer_at, post_id")
			.param("product", productId)
			.param("from", utc(from))
			.param("to", utc(to))
			.query(EngagementRows::tracked)
			.list();
	}

	void action(long productId, long memberId, String name, long postId, String kind, Instant at) {
		jdbc.sql("""
				insert into staff_actions (product_id, member_id, member_name, post_id, kind, at)
				values (:product, :member, :name, :post, :kind, :at)""")
			.param("product", productId)
			.param("member", memberId)
			.param("name", name)
			.param("post", postId)
			.param("kind", kind)
			.param("at", utc(at))
			.update();
	}

	List<ActionCount> actionCounts(long productId, Instant from, Instant to) {
		return jdbc.sql("""
				select member_name, kind, count(*) n from staff_actions
				where product_id = :product and at >= :from and at < :to
				group by member_name, kind""")
			.param("product", productId)
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs, row) -> new ActionCount(rs.getString("member_name"), rs.getString("kind"), rs.getLong("n")))
			.list();
	}

	void forget(long postId) {
		jdbc.sql("delete from engagement_posts where post_id = :post").param("post", postId).update();
		jdbc.sql("delete from staff_actions where post_id = :post").param("post", postId).update();
	}

	Optional<ResponseTarget> target(long productId) {
		return jdbc.sql("""
				select target_minutes, business_hours, time_zone, day_start, day_end, weekly_goal
				from engagement_settings where product_id = :product""")
			.param("product", productId)
			.query((rs, row) -> {
				int goal = rs.getInt("weekly_goal");
				Integer weeklyGoal = rs.wasNull() ? null : goal;
				return new ResponseTarget(rs.getInt("target_minutes") / 60, rs.getBoolean("business_hours"),
						rs.getString("time_zone"), rs.getInt("day_start"), rs.getInt("day_end"), weeklyGoal);
			})
			.optional();
	}

	boolean updateTarget(long productId, ResponseTarget target) {
		return jdbc.sql("""
				update engagement_settings set target_minutes = :minutes, business_hours = :business, time_zone = :zone,
				       day_start = :start, day_end = :end, weekly_goal = :goal
				where product_id = :product""").params(targetParams(productId, target)).update() > 0;
	}

	void insertTarget(long productId, ResponseTarget target) {
		jdbc.sql(
				"""
						insert into engagement_settings (product_id, target_minutes, business_hours, time_zone, day_start, day_end,
						                                 weekly_goal)
						values (:product, :minutes, :business, :zone, :start, :end, :goal)""")
			.params(targetParams(productId, target))
			.update();
	}

	private static Map<String, Object> targetParams(long productId, ResponseTarget target) {
		Map<String, Object> params = new HashMap<>();
		params.put("product", productId);
		params.put("minutes", target.targetHours() * 60);
		params.put("business", target.businessHours());
		params.put("zone", target.timeZone());
		params.put("start", target.dayStart());
		params.put("end", target.dayEnd());
		params.put("goal", target.weeklyGoal());
		return params;
	}

	/** The staff in the product's rotation, by username. */
	List<String> rotation(long productId) {
		return jdbc.sql("select member_name from engagement_rotation where product_id = :product order by member_name")
			.param("product", productId)
			.query(String.class)
			.list();
	}

	/**
	 * Joins the rotation level with the others, so a newcomer is not handed a backlog.
	 */
	void joinRotation(long productId, long memberId, String name) {
		jdbc.sql(
				"""
						insert into engagement_rotation (product_id, member_id, member_name, turns)
						select :product, :member, :name, coalesce(min(turns), 0) from engagement_rotation where product_id = :product""")
			.param("product", productId)
			.param("member", memberId)
			.param("name", name)
			.update();
	}

	boolean leaveRotation(long productId, long memberId) {
		return jdbc.sql("delete from engagement_rotation where product_id = :product and member_id = :member")
			.param("product", productId)
			.param("member", memberId)
			.update() > 0;
	}

	/**
	 * The next in turn (fewest turns, then lowest id), whose turn is counted; empty when
	 * nobody is in the rotation. The rows are locked so two posts at once take two turns.
	 */
	Optional<Rotated> nextInTurn(long productId) {
		List<Rotated> members = jdbc.sql("""
				select member_id, member_name, turns from engagement_rotation where product_id = :product
				order by member_id for update""")
			.param("product", productId)
			.query((rs, row) -> new Rotated(rs.getLong("member_id"), rs.getString("member_name"), rs.getLong("turns")))
			.list();
		Optional<Rotated> next = members.stream()
			.min(Comparator.comparingLong(Rotated::turns).thenComparingLong(Rotated::memberId));
		next.ifPresent(member -> jdbc.sql("""
				update engagement_rotation set turns = turns + 1 where product_id = :product and member_id = :member""")
			.param("product", productId)
			.param("member", member.memberId())
			.update());
		return next;
	}

	record Rotated(long memberId, String name, long turns) {
	}

	private static Tracked tracked(ResultSet rs, int row) throws SQLException {
		long assignee = rs.getLong("assignee_id");
		Long assigneeId = rs.wasNull() ? null : assignee;
		long by = rs.getLong("first_answer_by");
		Long byId = rs.wasNull() ? null : by;
		return new Tracked(rs.getLong("post_id"), rs.getLong("product_id"), instant(rs, "created_at"), assigneeId,
				rs.getString("assignee_name"), instantOrNull(rs, "first_answer_at"), byId,
				rs.getString("first_answer_by_name"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return (at != null) ? at.toInstant() : null;
	}

	static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
