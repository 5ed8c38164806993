package org.fanloop.engagement;

import org.fanloop.web.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A queue, assignment or promise request with a field at fault: a 400 naming it.
 */
class InvalidEngagementRequest extends ErrorResponseException {

	InvalidEngagementRequest(String field, String message) {
		super(HttpStatus.BAD_REQUEST, FieldProblems.invalid(field, message), null);
	}

}
