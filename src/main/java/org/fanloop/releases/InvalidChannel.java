package org.fanloop.releases;

import org.fanloop.web.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A value that names no channel: a 400 naming the {@code channel} field.
 */
class InvalidChannel extends ErrorResponseException {

	InvalidChannel(String value) {
		super(HttpStatus.BAD_REQUEST, problem(value), null);
	}

	private static ProblemDetail problem(String value) {
		return FieldProblems.invalid("Invalid channel",
				"'" + value + "' is not valid here. A build's channel is beta or stable.", "channel",
				"A build's channel is beta or stable.");
	}

}
