package org.fanloop.releases;

import org.fanloop.web.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A version a build may not have: a stable build's with a pre-release suffix. A 400
 * naming the {@code version} field.
 */
public class InvalidVersion extends ErrorResponseException {

	private final String reason;

	InvalidVersion(String reason) {
		super(HttpStatus.BAD_REQUEST, problem(reason), null);
		this.reason = reason;
	}

	public String reason() {
		return this.reason;
	}

	private static ProblemDetail problem(String reason) {
		return FieldProblems.invalid("version", reason);
	}

}
