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
		return jdbc
			.sql("""
					select p.product_id, p.open, p.tester_cap,
					       (select count(*) from testers t where t.product_id = p.product_id and t.state = 'accepted') testers
					from beta_programmes p where p.product_id = :product""")
			.param("product", productId)
			.query((rs, row) -> {
				int cap = rs.getInt("tester_cap");
				Integer testerCap = rs.wasNull() ? null : cap;
				return new BetaProgramme(rs.getLong("product_id"), rs.getBoolean("open"), testerCap,
						rs.getLong("testers"));
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

	private static Application application(ResultSet rs, int row) throws SQLException {
		OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
		return new Application(rs.getLong("product_id"), rs.getLong("member_id"), rs.getString("username"),
				TesterState.of(rs.getString("state")), rs.getObject("applied_at", OffsetDateTime.class).toInstant(),
				(decided != null) ? decided.toInstant() : null);
	}

}
