package org.fanloop.accounts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The access_tokens table: SHA-256 hashes of personal access tokens.
 */
@Repository
class AccessTokens {

	private final JdbcClient jdbc;

	AccessTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long memberId, String tokenHash, Instant now) {
		jdbc.sql("insert into access_tokens (member_id, token_hash, created_at) values (:member, :hash, :now)")
			.param("member", memberId)
			.param("hash", tokenHash)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	Optional<SignedInMember> holder(String tokenHash) {
		return jdbc.sql("""
				select m.id, m.username, m.admin
				from access_tokens t join members m on m.id = t.member_id
				where t.token_hash = :hash""")
			.param("hash", tokenHash)
			.query((rs, row) -> new SignedInMember(rs.getLong("id"), rs.getString("username"), rs.getBoolean("admin")))
			.optional();
	}

}
