package org.fanloop.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Text a database cannot keep: PostgreSQL refuses the NUL character in any text column,
 * so it is refused at the door, on every database alike.
 */
class InvalidText extends ErrorResponseException {

	static final String NUL_MESSAGE = "must not contain the NUL character (\\u0000)";

	private InvalidText(String field) {
		super(HttpStatus.BAD_REQUEST, problem(field), null);
	}

	static InvalidText nul(String field) {
		return new InvalidText(field.replace('\0', '?'));
	}

	private static ProblemDetail problem(String field) {
		return FieldProblems.invalid(field, NUL_MESSAGE);
	}

}
