package org.fanloop.releases;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A version a build may not have: a stable build's with a pre-release suffix. A 400
 * naming the {@code version} field.
 */
public class InvalidVersion extends ModuleProblem {

	private final Words reason;

	InvalidVersion(Words reason) {
		super(HttpStatus.BAD_REQUEST, "Invalid request", "version", reason);
		this.reason = reason;
	}

	/** What is wrong with the version, in the request's language. */
	public String reason() {
		return reason.text();
	}

}
