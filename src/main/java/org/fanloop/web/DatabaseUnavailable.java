package org.fanloop.web;

import org.springframework.http.HttpStatus;

/**
 * The database did not answer (down, restarting, or every connection busy past the pool's
 * wait): a 503 that tells the client when to try again, instead of a 500 or a request
 * hanging for half a minute.
 */
class DatabaseUnavailable extends ModuleProblem {

	static final String RETRY_AFTER_SECONDS = "5";

	DatabaseUnavailable() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", Words.of("database-unavailable"));
		getHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
	}

}
