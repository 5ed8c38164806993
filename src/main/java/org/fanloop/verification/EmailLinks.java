package org.fanloop.verification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The email_links table: only the SHA-256 of each link's token.
 */
@Repository
class EmailLinks {

	private final JdbcClient jdbc;

	EmailLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String tokenHash, long memberId, LinkPurpose purpose, String email, Instant now, Instant expiresAt) {
		jdbc.sql("""
				insert into email_links (token_hash, member_id, purpose, email, created_at, expires_at)
				values (:hash, :member, :purpose, :email, :now, :expires)""")
			.param("hash", tokenHash)
			.param("member", memberId)
			.param("purpose", purpose.value())
			.param("email", email)
			.param("now", at(now))
			.param("expires", at(expiresAt))
			.update();
	}

	/** The unexpired link with this hash, if there is one; nothing is used up. */
	Optional<Link> find(String tokenHash, LinkPurpose purpose, Instant now) {
		return jdbc.sql("""
				select member_id, email from email_links
				where token_hash = :hash and purpose = :purpose and expires_at > :now""")
			.param("hash", tokenHash)
			.param("purpose", purpose.value())
			.param("now", at(now))
			.query((rs, row) -> new Link(rs.getLong("member_id"), rs.getString("email")))
			.optional();
	}

	/**
	 * Uses the link up: true for the one request that deleted it, so two requests with
	 * the same link cannot both succeed.
	 */
	boolean use(String tokenHash) {
		return jdbc.sql("delete from email_links where token_hash = :hash").param("hash", tokenHash).update() > 0;
	}

	/** Drops the member's other links of this purpose (a reset ends every reset link). */
	void deleteAll(long memberId, LinkPurpose purpose) {
		jdbc.sql("delete from email_links where member_id = :member and purpose = :purpose")
			.param("member", memberId)
			.param("purpose", purpose.value())
			.update();
	}

	/** Forgets expired links. */
	int deleteExpired(Instant now) {
		return jdbc.sql("delete from email_links where expires_at <= :now").param("now", at(now)).update();
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	record Link(long memberId, String email) {
	}

}
