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
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The tester_invitations table.
 */
@Repository
class Invitations {

	private static final String COLUMNS = """
			id, product_id, max_uses, uses, expires_at, auto_accept, min_member_days, created_by, created_at,
			revoked_at""";

	private final JdbcClient jdbc;

	Invitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long productId, String tokenHash, NewInvitation invitation, String createdBy, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into tester_invitations (product_id, token_hash, max_uses, uses, expires_at, auto_accept,
				                                min_member_days, created_by, created_at)
				values (:product, :hash, :max, 0, :expires, :auto, :days, :by, :now)""")
			.param("product", productId)
			.param("hash", tokenHash)
			.param("max", invitation.maxUses())
			.param("expires", utc(invitation.expiresAt()))
			.param("auto", Boolean.TRUE.equals(invitation.autoAccept()))
			.param("days", invitation.minMemberDays())
			.param("by", createdBy)
			.param("now", utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<Invitation> byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from tester_invitations where id = :id")
			.param("id", id)
			.query(Invitations::invitation)
			.optional();
	}

	Optional<Invitation> byTokenHash(String hash) {
		return jdbc.sql("select " + COLUMNS + " from tester_invitations where token_hash = :hash")
			.param("hash", hash)
			.query(Invitations::invitation)
			.optional();
	}

	List<Invitation> of(long productId) {
		return jdbc.sql("select " + COLUMNS + " from tester_invitations where product_id = :product order by id desc")
			.param("product", productId)
			.query(Invitations::invitation)
			.list();
	}

	/** Counts a use unless the link is used up; false when it was. */
	boolean use(long id) {
		return jdbc.sql("""
				update tester_invitations set uses = uses + 1
				where id = :id and (max_uses is null or uses < max_uses)""").param("id", id).update() == 1;
	}

	boolean revoke(long id, long productId, Instant now) {
		return jdbc.sql("""
				update tester_invitations set revoked_at = :now
				where id = :id and product_id = :product and revoked_at is null""")
			.param("id", id)
			.param("product", productId)
			.param("now", utc(now))
			.update() == 1;
	}

	private static Invitation invitation(ResultSet rs, int row) throws SQLException {
		int max = rs.getInt("max_uses");
		Integer maxUses = rs.wasNull() ? null : max;
		int days = rs.getInt("min_member_days");
		Integer minDays = rs.wasNull() ? null : days;
		OffsetDateTime expires = rs.getObject("expires_at", OffsetDateTime.class);
		OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
		return new Invitation(rs.getLong("id"), rs.getLong("product_id"), maxUses, rs.getInt("uses"),
				(expires != null) ? expires.toInstant() : null, rs.getBoolean("auto_accept"), minDays,
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				(revoked != null) ? revoked.toInstant() : null);
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

}
