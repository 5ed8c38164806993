package org.fanloop.webhooks;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * There is no webhook with this id.
 */
class WebhookNotFound extends ModuleProblem {

	WebhookNotFound(long id) {
		super(HttpStatus.NOT_FOUND, "Webhook not found", Words.of("webhook-not-found", id));
	}

}
