package org.fanloop.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A sentence of an error as a message key under {@code problem.detail.} and its
 * arguments: text as given (an id stays 12345, not "12,345"; a name stays in the language
 * it was written in) or words themselves (a field's message inside a detail). Worded in
 * the language of the request it is read in, in English off any request.
 */
public record Words(String key, List<Object> arguments) {

	/**
	 * The same files as the application's message source, read here because errors are
	 * made where no bean is at hand.
	 */
	private static final ResourceBundleMessageSource MESSAGES = messages();

	public Words {
		arguments = List.copyOf(arguments);
	}

	public static Words of(String key, Object... arguments) {
		return new Words(key,
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
		String code = "problem.detail." + key;
		String worded = MESSAGES.getMessage(code, texts, null, locale);
		// The completeness test keeps every key in both languages; should one slip
		// through, the English or the key is still better than a 500.
		return (worded != null) ? worded : MESSAGES.getMessage(code, texts, code, Locale.ENGLISH);
	}

	static Locale requestLanguage() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		Locale locale = (context != null) ? context.getLocale() : null;
		return (locale != null) ? locale : Locale.ENGLISH;
	}

	/**
	 * A page's message (a notice after a form) in the language of the request at hand:
	 * the full key, its arguments as text.
	 */
	public static String page(String key, Object... arguments) {
		return MESSAGES.getMessage(key, Arrays.stream(arguments).map(String::valueOf).toArray(), requestLanguage());
	}

	/** A message that is not a detail (a title), or the default when there is none. */
	static String message(String key, String otherwise, Locale locale) {
		return MESSAGES.getMessage(key, null, otherwise, locale);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
