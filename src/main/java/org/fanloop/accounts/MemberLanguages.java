package org.fanloop.accounts;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fanloop.web.WebLocales;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language a member chose, kept with their account and put in the language cookie
 * when they sign in, so it follows them from browser to browser.
 */
@Component
public class MemberLanguages {

	private final JdbcClient jdbc;

	private final LocaleResolver locales;

	MemberLanguages(JdbcClient jdbc, LocaleResolver locales) {
		this.jdbc = jdbc;
		this.locales = locales;
	}

	/** Sets the language for this browser and, for a member, their account. */
	public void choose(@Nullable SignedInMember member, Locale language, HttpServletRequest request,
			HttpServletResponse response) {
		locales.setLocale(request, response, language);
		if (member != null) {
			jdbc.sql("update members set language = :language where id = :id")
				.param("id", member.id())
				.param("language", language.toLanguageTag())
				.update();
		}
	}

	/**
	 * Puts the member's chosen language in this browser's cookie; a member who never
	 * chose one keeps the language this browser reads in (its cookie, else
	 * {@code Accept-Language}), so the emails sent to them off any request speak it too.
	 */
	void applyAtSignIn(long memberId, HttpServletRequest request, HttpServletResponse response) {
		String stored = jdbc.sql("select language from members where id = :id")
			.param("id", memberId)
			.query(String.class)
			.optional()
			.orElse(null);
		Locale chosen = (stored != null) ? WebLocales.supported(stored) : null;
		if (chosen != null) {
			locales.setLocale(request, response, chosen);
			return;
		}
		Locale browsing = WebLocales.supported(locales.resolveLocale(request).toLanguageTag());
		if (browsing != null) {
			jdbc.sql("update members set language = :language where id = :id and language is null")
				.param("id", memberId)
				.param("language", browsing.toLanguageTag())
				.update();
		}
	}

}
