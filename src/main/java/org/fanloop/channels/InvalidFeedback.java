package org.fanloop.channels;

import org.fanloop.web.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Feedback recorded for nobody we can find or invite: a 400 naming the field.
 */
class InvalidFeedback extends ErrorResponseException {

	InvalidFeedback(String field, String message) {
		super(HttpStatus.BAD_REQUEST, FieldProblems.invalid(field, message), null);
	}

}
