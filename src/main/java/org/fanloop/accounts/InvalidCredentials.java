package org.fanloop.accounts;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A username and password that do not match a member.
 */
public class InvalidCredentials extends ModuleProblem {

	InvalidCredentials() {
		super(HttpStatus.UNAUTHORIZED, "Invalid credentials", Words.of("invalid-credentials"));
	}

}
