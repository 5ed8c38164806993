package org.fanloop.webhooks;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A webhook URL the SSRF guard refuses; a 400 naming the {@code url} field.
 */
class WebhookRefused extends ModuleProblem {

	private final Words reason;

	WebhookRefused(Words reason) {
		super(HttpStatus.BAD_REQUEST, "Invalid request", "url", reason);
		this.reason = reason;
	}

	/** What is wrong with the URL, in the request's language. */
	String reason() {
		return reason.text();
	}

}
