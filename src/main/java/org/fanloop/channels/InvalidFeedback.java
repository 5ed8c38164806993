package org.fanloop.channels;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * Feedback recorded for nobody we can find or invite: a 400 naming the field.
 */
class InvalidFeedback extends ModuleProblem {

	InvalidFeedback(String field, Words message) {
		super(HttpStatus.BAD_REQUEST, "Invalid request", field, message);
	}

}
