package org.fanloop.posts;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * The product lets members whose email is not verified only read and vote (or comment):
 * the member has to verify their address first.
 */
public class VerificationRequired extends ModuleProblem {

	VerificationRequired(String action) {
		super(HttpStatus.FORBIDDEN, "Email not verified", Words.of("verification-required." + action));
	}

}
