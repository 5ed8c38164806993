package org.fanloop.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fanloop.Savepoints;
import org.fanloop.web.WebLocales;
import org.fanloop.web.WebSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The members table.
 */
@Repository
class Members {

	private static final String COLUMNS = "id, username, email, admin, created_at, verified_email";

	private final JdbcClient jdbc;

	private final Savepoints savepoints;

	/** The language for members who never chose one: the installation's default. */
	private final Locale fallbackLanguage;

	Members(JdbcClient jdbc, Savepoints savepoints, WebSettings web) {
		this.jdbc = jdbc;
		this.savepoints = savepoints;
		this.fallbackLanguage = WebLocales.fallback(web);
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

	/**
	 * The members who signed up with this address: the one who verified it first, then
	 * the others oldest first.
	 */
	List<Member> byEmail(String email) {
		return jdbc.sql("select " + COLUMNS + """
				 from members where email = :email
				order by case when verified_email is null then 1 else 0 end, id""")
			.param("email", email)
			.query(Members::member)
			.list();
	}

	/**
	 * Records that the member proved their address; false when another member proved it
	 * first (or the member's address is another now).
	 */
	boolean markVerified(long memberId, String email) {
		// In a savepoint: losing the race to another member's verification must not abort
		// the caller's transaction on PostgreSQL (a password reset goes on regardless).
		boolean[] updated = new boolean[1];
		boolean won = savepoints.insert(() -> updated[0] = jdbc
			.sql("update members set verified_email = :email where id = :id and email = :email")
			.param("id", memberId)
			.param("email", email)
			.update() > 0);
		return won && updated[0];
	}

	boolean verifiedEmailTaken(String email) {
		return jdbc.sql("select count(*) from members where verified_email = :email")
			.param("email", email)
			.query(Long.class)
			.single() > 0;
	}

	void setPassword(long memberId, String passwordHash) {
		jdbc.sql("update members set password_hash = :hash where id = :id")
			.param("id", memberId)
			.param("hash", passwordHash)
			.update();
	}

	void insertClaim(long memberId, String tokenHash, Instant expiresAt) {
		jdbc.sql("insert into account_claims (member_id, token_hash, expires_at) values (:member, :hash, :expires)")
			.param("member", memberId)
			.param("hash", tokenHash)
			.param("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
			.update();
	}

	/** The member an unexpired claim token is for. */
	Optional<Long> claimant(String tokenHash, Instant now) {
		return jdbc.sql("select member_id from account_claims where token_hash = :hash and expires_at > :now")
			.param("hash", tokenHash)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query(Long.class)
			.optional();
	}

	boolean deleteClaim(long memberId) {
		return jdbc.sql("delete from account_claims where member_id = :member").param("member", memberId).update() > 0;
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
		return jdbc.sql("select " + COLUMNS + " from members where username = :username")
			.param("username", username)
			.query(Members::member)
			.optional();
	}

	Optional<Member> byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from members where id = :id")
			.param("id", id)
			.query(Members::member)
			.optional();
	}

	List<Member> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from members where id in (:ids)")
			.param("ids", ids)
			.query(Members::member)
			.list();
	}

	/** The language the member chose (or was remembered in), if Fanloop speaks it. */
	Optional<Locale> language(long id) {
		return jdbc.sql("select language from members where id = :id")
			.param("id", id)
			.query((rs, row) -> Optional.ofNullable(rs.getString("language")).map(WebLocales::supported))
			.optional()
			.flatMap(language -> language);
	}

	void chooseLanguage(long id, Locale language) {
		jdbc.sql("update members set language = :language where id = :id")
			.param("id", id)
			.param("language", language.toLanguageTag())
			.update();
	}

	/** The installation's default language, for members who never chose one. */
	Locale fallbackLanguage() {
		return fallbackLanguage;
	}

	/** The language a member reads in, unless they chose one already. */
	void rememberLanguage(long id, Locale language) {
		jdbc.sql("update members set language = :language where id = :id and language is null")
			.param("id", id)
			.param("language", language.toLanguageTag())
			.update();
	}

	/**
	 * Where to mail these members and in which language (the installation's default if
	 * they chose none).
	 */
	Map<Long, Recipient> recipients(Collection<Long> ids) {
		Map<Long, Recipient> recipients = new HashMap<>();
		if (ids.isEmpty()) {
			return recipients;
		}
		jdbc.sql("select id, email, language from members where id in (:ids)").param("ids", ids).query(rs -> {
			String language = rs.getString("language");
			Locale locale = (language != null) ? WebLocales.supported(language) : null;
			recipients.put(rs.getLong("id"),
					new Recipient(rs.getString("email"), (locale != null) ? locale : fallbackLanguage));
		});
		return recipients;
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
		String email = rs.getString("email");
		return new Member(rs.getLong("id"), rs.getString("username"), email, rs.getBoolean("admin"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				email.equals(rs.getString("verified_email")));
	}

	record Credentials(SignedInMember member, String passwordHash) {
	}

}
