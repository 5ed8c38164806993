package org.fanloop.accounts;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A sign-up whose username or email belongs to another member already.
 */
public class SignUpRejected extends ModuleProblem {

	private final String field;

	private final Words reason;

	SignUpRejected(String field, Words reason) {
		super(HttpStatus.CONFLICT, "Sign-up rejected", Words.of("field-message", field, reason), field, reason);
		this.field = field;
		this.reason = reason;
	}

	public String field() {
		return field;
	}

	/** What is wrong with the field, in the request's language. */
	public String reason() {
		return reason.text();
	}

}
