package org.fanloop.testers;

import org.fanloop.web.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A value that names no state: a 400 naming the {@code state} field.
 */
class InvalidTesterState extends ErrorResponseException {

	InvalidTesterState(String value) {
		super(HttpStatus.BAD_REQUEST, problem(value), null);
	}

	private static ProblemDetail problem(String value) {
		return FieldProblems.invalid("Invalid state",
				"'" + value + "' is not valid here. A tester's state is pending, accepted or declined.", "state",
				"A tester's state is pending, accepted or declined.");
	}

}
