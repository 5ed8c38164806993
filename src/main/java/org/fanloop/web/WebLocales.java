package org.fanloop.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The languages of the interface: English (the default) and Simplified Chinese. A
 * member's choice is kept in a cookie (and, for members, in their account, which sets the
 * cookie when they sign in); without one, the first of the browser's
 * {@code Accept-Language} that Fanloop speaks (any Chinese is Simplified Chinese), else
 * the installation's default language ({@code fanloop.web.default-language}, English
 * unless set). Post content stays in the language it was written in.
 */
@Configuration(proxyBeanMethods = false)
public class WebLocales {

	/** The languages Fanloop speaks, the default first. */
	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

	static final String COOKIE = "fanloop-language";

	@Bean
	LocaleResolver localeResolver(WebSettings settings) {
		Locale fallback = fallback(settings);
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setDefaultLocaleFunction(request -> fromHeader(request, fallback));
		return resolver;
	}

	/**
	 * The installation's default language ({@code fanloop.web.default-language}); a
	 * language Fanloop does not speak stops the start with a message saying so.
	 */
	public static Locale fallback(WebSettings settings) {
		Locale fallback = supported(settings.defaultLanguage());
		if (fallback == null) {
			throw new IllegalStateException("fanloop.web.default-language is '" + settings.defaultLanguage()
					+ "'; Fanloop speaks en and zh-CN");
		}
		return fallback;
	}

	/**
	 * The supported language a tag names ({@code en}, {@code zh-CN}, {@code zh}), if any.
	 */
	public static @Nullable Locale supported(String tag) {
		Locale asked = Locale.forLanguageTag(tag.strip());
		return "zh".equals(asked.getLanguage()) ? Locale.SIMPLIFIED_CHINESE
				: "en".equals(asked.getLanguage()) ? Locale.ENGLISH : null;
	}

	private static Locale fromHeader(HttpServletRequest request, Locale fallback) {
		if (request.getHeader("Accept-Language") == null) {
			return fallback;
		}
		for (Locale locale : Collections.list(request.getLocales())) {
			Locale match = supported(locale.toLanguageTag());
			if (match != null) {
				return match;
			}
		}
		return fallback;
	}

}
