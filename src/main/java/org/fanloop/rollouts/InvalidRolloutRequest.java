package org.fanloop.rollouts;

import org.fanloop.web.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A rollout change or an updater's question that cannot be read: a 400 naming the field.
 */
class InvalidRolloutRequest extends ErrorResponseException {

	private final String message;

	InvalidRolloutRequest(String field, String message) {
		super(HttpStatus.BAD_REQUEST, FieldProblems.invalid(field, message), null);
		this.message = message;
	}

	/** The sentence for the page. */
	String sentence() {
		return this.message;
	}

}
