package org.fanloop.sso;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.fanloop.accounts.SignOnProviders;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.web.Refused;
import org.fanloop.web.Words;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether staff must sign in through single sign-on: an admin's choice (the
 * {@code sso_policy} row), else the setting {@code fanloop.sso.require-for-staff}. Read
 * from the database at each password sign-in, so every node follows a change at once (no
 * per-node copy to keep in step; a sign-in reads one row by its key).
 */
@Service
class SsoPolicy {

	private final JdbcClient jdbc;

	private final SsoSettings settings;

	private final SignOnProviders providers;

	SsoPolicy(JdbcClient jdbc, SsoSettings settings, SignOnProviders providers) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.providers = providers;
	}

	boolean requireForStaff() {
		return jdbc.sql("select require_for_staff from sso_policy where id = 1")
			.query(Boolean.class)
			.optional()
			.orElse(settings.requireForStaff());
	}

	/** What an admin sees of single sign-on (admins only). */
	SsoState state(SignedInMember actor) {
		requireAdmin(actor);
		return state();
	}

	private SsoState state() {
		return new SsoState(requireForStaff(), providers.all(),
				settings.identifySecret() != null && !settings.identifySecret().isBlank());
	}

	/**
	 * Sets the rule (admins only). Requiring it without a provider is refused: no staff
	 * member could sign in any more.
	 */
	@Transactional
	SsoState requireForStaff(boolean required, SignedInMember actor) {
		requireAdmin(actor);
		if (required && providers.all().isEmpty()) {
			throw new NoSignOnProvider();
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
		int changed = jdbc.sql(
				"update sso_policy set require_for_staff = :required, changed_by = :actor, changed_at = :now where id = 1")
			.param("required", required)
			.param("actor", actor.id())
			.param("now", now)
			.update();
		if (changed == 0) {
			jdbc.sql("""
					insert into sso_policy (id, require_for_staff, changed_by, changed_at)
					values (1, :required, :actor, :now)""")
				.param("required", required)
				.param("actor", actor.id())
				.param("now", now)
				.update();
		}
		return state();
	}

	private static void requireAdmin(SignedInMember actor) {
		if (!actor.admin()) {
			throw new Refused(Words.of("admins-sso"));
		}
	}

	/**
	 * The installation's single sign-on: whether staff must use it, the providers, and
	 * whether a company's site may pass signed identities.
	 */
	record SsoState(boolean requireForStaff, List<SignOnProviders.Provider> providers, boolean identifyEnabled) {
	}

}
