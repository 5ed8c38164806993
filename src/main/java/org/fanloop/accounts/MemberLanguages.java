package org.fanloop.accounts;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fanloop.web.WebLocales;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language a member chose, kept with their account and put in the language cookie
 * when they sign in, so it follows them from browser to browser.
 */
@Component
public class MemberLanguages {

	private final Members members;

	private final LocaleResolver locales;

	MemberLanguages(Members members, LocaleResolver locales) {
		this.members = members;
		this.locales = locales;
	}

	/** Sets the language for this browser and, for a member, their account. */
	public void choose(@Nullable SignedInMember member, Locale language, HttpServletRequest request,
			HttpServletResponse response) {
		locales.setLocale(request, response, language);
		if (member != null) {
			members.chooseLanguage(member.id(), language);
		}
	}

	/**
	 * Puts the member's chosen language in this browser's cookie; a member who never
	 * chose one keeps the language this browser reads in (its cookie, else
	 * {@code Accept-Language}), so the emails sent to them off any request speak it too.
	 */
	void applyAtSignIn(long memberId, HttpServletRequest request, HttpServletResponse response) {
		Optional<Locale> chosen = members.language(memberId);
		if (chosen.isPresent()) {
			locales.setLocale(request, response, chosen.get());
			return;
		}
		Locale browsing = WebLocales.supported(locales.resolveLocale(request).toLanguageTag());
		if (browsing != null) {
			members.rememberLanguage(memberId, browsing);
		}
	}

}
