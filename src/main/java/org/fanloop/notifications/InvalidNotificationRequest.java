package org.fanloop.notifications;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * An inbox cursor or an unsubscribe token that is not one this module made: a 400 naming
 * the field.
 */
class InvalidNotificationRequest extends ModuleProblem {

	InvalidNotificationRequest(String field, Words detail) {
		super(HttpStatus.BAD_REQUEST, "Invalid " + field, detail, field, detail);
	}

}
