package org.fanloop.reputation;

import org.fanloop.web.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A reputation request with a field at fault (an unknown level): a 400 naming it.
 */
class InvalidReputationRequest extends ErrorResponseException {

	InvalidReputationRequest(String field, String message) {
		super(HttpStatus.BAD_REQUEST, FieldProblems.invalid(field, message), null);
	}

}
