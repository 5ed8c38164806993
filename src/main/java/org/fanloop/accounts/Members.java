package org.fanloop.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The members table.
 */
@Repository
class Members {

	private final JdbcClient jdbc;

	Members(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Member insert(SignUp signUp, String passwordHash, boolean admin, Instant now) {
		jdbc.sql("""
				insert into members (username, email, password_hash, admin, created_at)
				values (:username, :email, :hash, :admin, :now)""")
			.param("username", signUp.username())
			.param("email", signUp.email())
			.param("hash", passwordHash)
			.param("admin", admin)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		return byUsername(signUp.username()).orElseThrow();
	}

	boolean usernameTaken(String username) {
		return jdbc.sql("select count(*) from members where username = :username")
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

	boolean emailTaken(String email) {
		return jdbc.sql("select count(*) from members where email = :email")
			.param("email", email)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Member> byUsername(String username) {
		return jdbc.sql("select id, username, email, admin, created_at from members where username = :username")
			.param("username", username)
			.query(Members::member)
			.optional();
	}

	Optional<Member> byId(long id) {
		return jdbc.sql("select id, username, email, admin, created_at from members where id = :id")
			.param("id", id)
			.query(Members::member)
			.optional();
	}

	List<Member> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, username, email, admin, created_at from members where id in (:ids)")
			.param("ids", ids)
			.query(Members::member)
			.list();
	}

	Optional<Credentials> credentials(String username) {
		return jdbc.sql("select id, username, admin, password_hash from members where username = :username")
			.param("username", username)
			.query((rs, row) -> new Credentials(
					new SignedInMember(rs.getLong("id"), rs.getString("username"), rs.getBoolean("admin")),
					rs.getString("password_hash")))
			.optional();
	}

	boolean anyAdmin() {
		return jdbc.sql("select count(*) from members where admin = true").query(Long.class).single() > 0;
	}

	private static Member member(ResultSet rs, int row) throws SQLException {
		return new Member(rs.getLong("id"), rs.getString("username"), rs.getString("email"), rs.getBoolean("admin"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	record Credentials(SignedInMember member, String passwordHash) {
	}

}
