package org.fanloop.verification;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A verification or reset link that is used, expired or mistyped (one answer for all
 * three: which it is would help nobody but a guesser).
 */
class InvalidEmailLink extends ModuleProblem {

	InvalidEmailLink() {
		super(HttpStatus.NOT_FOUND, "Invalid link", Words.of("email-link-invalid"));
	}

}
