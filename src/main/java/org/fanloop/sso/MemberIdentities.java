package org.fanloop.sso;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.fanloop.Savepoints;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The member_identities table: which member an outside identity (an issuer and its
 * subject) signs in as.
 */
@Repository
class MemberIdentities {

	private final JdbcClient jdbc;

	private final Savepoints savepoints;

	MemberIdentities(JdbcClient jdbc, Savepoints savepoints) {
		this.jdbc = jdbc;
		this.savepoints = savepoints;
	}

	Optional<Long> member(String issuer, String subject) {
		return jdbc.sql("select member_id from member_identities where issuer = :issuer and subject = :subject")
			.param("issuer", issuer)
			.param("subject", subject)
			.query(Long.class)
			.optional();
	}

	/** Links the identity to the member; false when another request linked it first. */
	boolean link(String issuer, String subject, long memberId, Instant at) {
		return savepoints.insert(() -> jdbc.sql("""
				insert into member_identities (issuer, subject, member_id, linked_at)
				values (:issuer, :subject, :member, :at)""")
			.param("issuer", issuer)
			.param("subject", subject)
			.param("member", memberId)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update());
	}

}
