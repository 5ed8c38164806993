package org.fanloop.notifications;

import org.fanloop.web.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An inbox cursor or an unsubscribe token that is not one this module made: a 400 naming
 * the field.
 */
class InvalidNotificationRequest extends ErrorResponseException {

	InvalidNotificationRequest(String field, String detail) {
		super(HttpStatus.BAD_REQUEST, problem(field, detail), null);
	}

	private static ProblemDetail problem(String field, String detail) {
		return FieldProblems.invalid("Invalid " + field, detail, field, detail);
	}

}
