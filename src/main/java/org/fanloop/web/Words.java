package org.fanloop.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A sentence kept as its message code and arguments instead of as text, so it is worded
 * in the language of whoever reads it: an error's sentence ({@link #of}, codes under
 * {@code problem.detail.}), a notice on a page, a notification read long after the event.
 * An argument is text as given (an id stays 12345, not "12,345"; a name stays in the
 * language it was written in) or words themselves (a status name, a field's message
 * inside a detail). Worded in the language of the request at hand, in English off any
 * request.
 */
public record Words(String code, List<Object> arguments) {

	/**
	 * The same files as the application's message source, read here because errors and
	 * notices are made where no bean is at hand.
	 */
	private static final ResourceBundleMessageSource MESSAGES = messages();

	public Words {
		arguments = List.copyOf(arguments);
	}

	/** An error's sentence: {@code problem.detail.<key>}. */
	public static Words of(String key, Object... arguments) {
		return message("problem.detail." + key, arguments);
	}

	/** Any message, by its full code. */
	public static Words message(String code, Object... arguments) {
		return new Words(code,
				Arrays.stream(arguments)
					.map(argument -> (argument instanceof Words) ? argument : String.valueOf(argument))
					.toList());
	}

	/** In the language of the request at hand (English off any request). */
	public String text() {
		return in(requestLanguage());
	}

	public String in(Locale locale) {
		Object[] texts = arguments.stream()
			.map(argument -> (argument instanceof Words words) ? words.in(locale) : argument)
			.toArray();
		String worded = MESSAGES.getMessage(code, texts, null, locale);
		// The completeness test keeps every code in both languages; should one slip
		// through, the English or the code is still better than a 500.
		return (worded != null) ? worded : MESSAGES.getMessage(code, texts, code, Locale.ENGLISH);
	}

	/**
	 * A page's message (a notice after a form) in the language of the request at hand:
	 * the full code, its arguments as text.
	 */
	public static String page(String code, Object... arguments) {
		return message(code, arguments).text();
	}

	/**
	 * The part of a message code made from English words: lower case, dashes between
	 * ("Post not found": {@code post-not-found}).
	 */
	public static String keyOf(String english) {
		return english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	static Locale requestLanguage() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		Locale locale = (context != null) ? context.getLocale() : null;
		return (locale != null) ? locale : Locale.ENGLISH;
	}

	/** A message without arguments (a title), or the default when there is none. */
	static String message(String code, String otherwise, Locale locale) {
		return MESSAGES.getMessage(code, null, otherwise, locale);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
