package org.fanloop.rollouts;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A rollout change or an updater's question that cannot be read: a 400 naming the field.
 */
class InvalidRolloutRequest extends ModuleProblem {

	InvalidRolloutRequest(String field, Words message) {
		super(HttpStatus.BAD_REQUEST, "Invalid request", field, message);
	}

}
