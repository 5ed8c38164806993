package org.fanloop.verification;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A signed-in member asked for their verification email again too often.
 */
class TooManyEmails extends ModuleProblem {

	TooManyEmails(long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, "Too many emails",
				Words.of("too-many-emails", Math.max(1, (retryAfterSeconds + 59) / 60)));
		getHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
	}

}
