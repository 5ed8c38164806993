package org.fanloop.webhooks;

import org.fanloop.web.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A webhook URL the SSRF guard refuses; a 400 naming the {@code url} field.
 */
class WebhookRefused extends ErrorResponseException {

	private final String reason;

	WebhookRefused(String reason) {
		super(HttpStatus.BAD_REQUEST, problem(reason), null);
		this.reason = reason;
	}

	String reason() {
		return this.reason;
	}

	private static ProblemDetail problem(String reason) {
		return FieldProblems.invalid("url", reason);
	}

}
