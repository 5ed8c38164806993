package org.fanloop.accounts;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fanloop.web.LocalPaths;
import org.fanloop.web.WebLocales;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The language switch in every page's footer.
 */
@Controller
class LanguageController {

	private final MemberLanguages languages;

	LanguageController(MemberLanguages languages) {
		this.languages = languages;
	}

	/**
	 * A link, not a form: a signed-out page carries no CSRF token (so that every reader
	 * gets the same page). Changing one's language is harmless whoever asks.
	 */
	@GetMapping("/language")
	String choose(@RequestParam(name = "set", defaultValue = "en") String language,
			@RequestHeader(name = HttpHeaders.REFERER, required = false) @Nullable String referer,
			@AuthenticationPrincipal @Nullable SignedInMember me, HttpServletRequest request,
			HttpServletResponse response) {
		Locale chosen = WebLocales.supported(language);
		languages.choose(me, (chosen != null) ? chosen : Locale.ENGLISH, request, response);
		return "redirect:" + LocalPaths.orElse(referer, "/");
	}

}
