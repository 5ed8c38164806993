package org.fanloop.reputation;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A reputation request with a field at fault (an unknown level): a 400 naming it.
 */
class InvalidReputationRequest extends ModuleProblem {

	InvalidReputationRequest(String field, Words message) {
		super(HttpStatus.BAD_REQUEST, "Invalid request", field, message);
	}

}
