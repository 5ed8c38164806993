package org.fanloop.verification;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A new password that will not do; the problem lists it under {@code errors}, as a
 * validation failure would.
 */
class WeakPassword extends ModuleProblem {

	private final Words reason;

	WeakPassword(Words reason) {
		super(HttpStatus.BAD_REQUEST, "Invalid request", Words.of("field-message", "password", reason), "password",
				reason);
		this.reason = reason;
	}

	/** What is wrong with the password, in the request's language. */
	String reason() {
		return reason.text();
	}

}
