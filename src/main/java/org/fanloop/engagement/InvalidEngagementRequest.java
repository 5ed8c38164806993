package org.fanloop.engagement;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A queue, assignment or promise request with a field at fault: a 400 naming it.
 */
class InvalidEngagementRequest extends ModuleProblem {

	InvalidEngagementRequest(String field, Words message) {
		super(HttpStatus.BAD_REQUEST, "Invalid request", field, message);
	}

}
