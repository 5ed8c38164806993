package org.fanloop.posts;

import org.fanloop.web.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A query parameter that names no kind, status, sort or cursor.
 */
public class InvalidFilter extends ErrorResponseException {

	InvalidFilter(String field, String value, String allowed) {
		super(HttpStatus.BAD_REQUEST, problem(field, value, allowed), null);
	}

	private static ProblemDetail problem(String field, String value, String allowed) {
		String message = allowed.isEmpty() ? "is not valid" : "must be one of " + allowed.replace("|", ", ");
		return FieldProblems.invalid("Invalid " + field,
				"'" + value + "' is not a valid " + field + ": " + field + " " + message + ".", field, message);
	}

}
