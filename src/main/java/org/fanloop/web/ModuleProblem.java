package org.fanloop.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A module's error, worded by messages so it speaks the caller's language: the title
 * through {@code problem.title.<title in lower case with dashes>}, the detail (and the
 * message of the field at fault) through {@link Words}. The body is in English (logs)
 * until {@link ProblemDetails} words it in the caller's language; a page shows
 * {@link #detail()} or {@link #sentence()}, in the request's language. Every module
 * exception extends this; the one place that maps them to responses stays
 * {@link ProblemDetails}.
 */
public abstract class ModuleProblem extends ErrorResponseException {

	private final String title;

	private final Words detail;

	private final @Nullable String field;

	private final @Nullable Words fieldMessage;

	protected ModuleProblem(HttpStatusCode status, String title, Words detail) {
		this(status, title, detail, null, null);
	}

	/** "Some fields are not valid; see errors." with this one field and its message. */
	protected ModuleProblem(HttpStatusCode status, String title, String field, Words message) {
		this(status, title, Words.of("invalid-fields"), field, message);
	}

	protected ModuleProblem(HttpStatusCode status, String title, Words detail, @Nullable String field,
			@Nullable Words fieldMessage) {
		super(status, ProblemDetail.forStatus(status), null);
		this.title = title;
		this.detail = detail;
		this.field = field;
		this.fieldMessage = fieldMessage;
		word(Locale.ENGLISH);
	}

	/**
	 * Spring's hook for wording a problem before it is written
	 * ({@code ResponseEntityExceptionHandler}): in the caller's language.
	 */
	@Override
	public ProblemDetail updateAndGetBody(@Nullable MessageSource messages, Locale locale) {
		word(locale);
		return getBody();
	}

	/** The detail in the request's language, for a page. */
	public String detail() {
		return detail.text();
	}

	/** In English, for logs. */
	@Override
	public String getMessage() {
		return title + ": " + detail.in(Locale.ENGLISH);
	}

	/**
	 * For a page, in the request's language: the field at fault and its message
	 * ("timeZone is not a time zone"), else the detail.
	 */
	public String pageSentence() {
		return (field != null && fieldMessage != null) ? Words.of("field-message", field, fieldMessage).text()
				: detail.text();
	}

	/** The message of the field at fault (else the detail) in the request's language. */
	public String sentence() {
		return (fieldMessage != null) ? fieldMessage.text() : detail.text();
	}

	private void word(Locale locale) {
		ProblemDetail body = super.getBody();
		body.setTitle(title(title, locale));
		body.setDetail(detail.in(locale));
		if (field != null && fieldMessage != null) {
			body.setProperty("errors", List.of(Map.of("field", field, "message", fieldMessage.in(locale))));
		}
	}

	/** "Post not found" through {@code problem.title.post-not-found}. */
	static String title(String title, Locale locale) {
		return Words.message(titleKey(title), title, locale);
	}

	static String titleKey(String title) {
		return "problem.title." + Words.keyOf(title);
	}

}
