package org.fanloop.web;

import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;

/**
 * A 403 with its reason worded by messages, so the API says it in the caller's language
 * ({@link ProblemDetails}); still an {@link AccessDeniedException}, so Spring Security
 * and the error pages treat it as one.
 */
public class Refused extends AccessDeniedException {

	private final transient Words reason;

	public Refused(Words reason) {
		super(reason.in(Locale.ENGLISH));
		this.reason = reason;
	}

	/** Why, in the request's language. */
	public String reason() {
		return reason.text();
	}

}
