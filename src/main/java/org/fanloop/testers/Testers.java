package org.fanloop.testers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The beta_programmes and testers tables.
 */
@Repository
class Testers {

	private static final String COLUMNS = "product_id, member_id, username, state, applied_at, decided_at";

	private final JdbcClient jdbc;

	Testers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<BetaProgramme> programme(long productId) {
		return jdbc.sql("select product_id, open, tester_cap from beta_programmes where product_id = :product")
			.param("product", productId)
			.query((rs, row) -> {
				int cap = rs.getInt("tester_cap");
				Integer testerCap = rs.wasNull() ? null : cap;
				return new BetaProgramme(rs.getLong("product_id"), rs.getBoolean("open"), testerCap, 0, 0);
			})
			.optional();
	}

	void insertProgramme(long productId) {
		jdbc.sql("insert into beta_programmes (product_id, tester_cap, open) values (:product, null, true)")
			.param("product", productId)
			.update();
	}

	/**
	 * Locks the programme's row for this transaction, so two staff accepting at once
	 * cannot pass the cap together.
	 */
	void lockProgramme(long productId) {
		jdbc.sql("update beta_programmes set open = open where product_id = :product")
			.param("product", productId)
			.update();
	}

	void updateProgramme(long productId, boolean open, @Nullable Integer cap) {
		jdbc.sql("update beta_programmes set open = :open, tester_cap = :cap where product_id = :product")
			.param("product", productId)
			.param("open", open)
			.param("cap", cap)
			.update();
	}

	Optional<Application> application(long productId, long memberId) {
		return jdbc.sql("select " + COLUMNS + " from testers where product_id = :product and member_id = :member")
			.param("product", productId)
			.param("member", memberId)
			.query(Testers::application)
			.optional();
	}

	List<Long> acceptedIds(long productId) {
		return jdbc
			.sql("select member_id from testers where product_id = :product and state = 'accepted' order by member_id")
			.param("product", productId)
			.query(Long.class)
			.list();
	}

	void insert(long productId, long memberId, String username, Instant now) {
		jdbc.sql("""
				insert into testers (product_id, member_id, username, state, applied_at)
				values (:product, :member, :username, 'pending', :now)""")
			.param("product", productId)
			.param("member", memberId)
			.param("username", username)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	void decide(long productId, long memberId, TesterState state, Instant now) {
		jdbc.sql("""
				update testers set state = :state, decided_at = :now
				where product_id = :product and member_id = :member""")
			.param("product", productId)
			.param("member", memberId)
			.param("state", state.value())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	boolean delete(long productId, long memberId) {
		return jdbc.sql("delete from testers where product_id = :product and member_id = :member")
			.param("product", productId)
			.param("member", memberId)
			.update() > 0;
	}

	List<Application> of(long productId) {
		return jdbc
			.sql("select " + COLUMNS + " from testers where product_id = :product order by applied_at, member_id")
			.param("product", productId)
			.query(Testers::application)
			.list();
	}

	List<Application> of(long productId, TesterState state) {
		return jdbc.sql("select " + COLUMNS + """
				 from testers where product_id = :product and state = :state
				order by applied_at, member_id""")
			.param("product", productId)
			.param("state", state.value())
			.query(Testers::application)
			.list();
	}

	/** Records the activity unless it was recorded before (the first time counts). */
	void recordActivity(long productId, long memberId, long buildId, ActivityKind kind, Instant at) {
		jdbc.sql("""
				insert into tester_activity (build_id, member_id, kind, product_id, at)
				select :build, :member, :kind, :product, :at from (values (1)) one
				where not exists (select 1 from tester_activity
				                  where build_id = :build and member_id = :member and kind = :kind)""")
			.param("build", buildId)
			.param("member", memberId)
			.param("kind", kind.value())
			.param("product", productId)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	/**
	 * The accepted testers with what they did on these builds, by username; with no
	 * builds, every count is 0.
	 */
	List<Row> activity(long productId, List<Long> buildIds) {
		// "in (:builds)" with an empty list is not SQL; -1 is no build's id.
		List<Long> builds = buildIds.isEmpty() ? List.of(-1L) : buildIds;
		return jdbc.sql("""
				select t.member_id, t.username, t.decided_at,
				       (select max(x.at) from tester_activity x
				        where x.product_id = t.product_id and x.member_id = t.member_id) last_active,
				       count(distinct case when a.kind = 'opened' then a.build_id end) opened,
				       count(distinct case when a.kind = 'reported' then a.build_id end) reported,
				       count(distinct case when a.kind = 'bug' then a.build_id end) bugs
				from testers t
				left join tester_activity a on a.member_id = t.member_id and a.build_id in (:builds)
				where t.product_id = :product and t.state = 'accepted'
				group by t.product_id, t.member_id, t.username, t.decided_at
				order by t.username""")
			.param("product", productId)
			.param("builds", builds)
			.query((rs, row) -> new Row(rs.getLong("member_id"), rs.getString("username"),
					instant(rs.getObject("decided_at", OffsetDateTime.class)),
					instant(rs.getObject("last_active", OffsetDateTime.class)), rs.getInt("opened"),
					rs.getInt("reported"), rs.getInt("bugs")))
			.list();
	}

	record Row(long memberId, String username, @Nullable Instant acceptedAt, @Nullable Instant lastActiveAt, int opened,
			int reported, int bugs) {
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

	private static Application application(ResultSet rs, int row) throws SQLException {
		OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
		return new Application(rs.getLong("product_id"), rs.getLong("member_id"), rs.getString("username"),
				TesterState.of(rs.getString("state")), rs.getObject("applied_at", OffsetDateTime.class).toInstant(),
				(decided != null) ? decided.toInstant() : null);
	}

}
