package org.fanloop.accounts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

	void insert(long memberId, String name, String tokenHash, Instant now) {
		jdbc.sql("""
				insert into access_tokens (member_id, name, token_hash, created_at)
				values (:member, :name, :hash, :now)""")
			.param("member", memberId)
			.param("name", name)
			.param("hash", tokenHash)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	List<PersonalToken> of(long memberId) {
		return jdbc.sql("select id, name, created_at from access_tokens where member_id = :member order by id desc")
			.param("member", memberId)
			.query((rs, row) -> new PersonalToken(rs.getLong("id"), rs.getString("name"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * Deletes the member's token; its hash, or empty if the member has no such token.
	 */
	Optional<String> delete(long memberId, long id) {
		Optional<String> hash = jdbc.sql("select token_hash from access_tokens where id = :id and member_id = :member")
			.param("id", id)
			.param("member", memberId)
			.query(String.class)
			.optional();
		hash.ifPresent(h -> jdbc.sql("delete from access_tokens where id = :id").param("id", id).update());
		return hash;
	}

	/** Deletes all the member's tokens; their hashes. */
	List<String> deleteAll(long memberId) {
		List<String> hashes = jdbc.sql("select token_hash from access_tokens where member_id = :member")
			.param("member", memberId)
			.query(String.class)
			.list();
		jdbc.sql("delete from access_tokens where member_id = :member").param("member", memberId).update();
		return hashes;
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
