package org.fanloop.accounts;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * The password was right, but a {@link PasswordSignInRule} refuses it for this member.
 */
class PasswordRefused extends ModuleProblem {

	PasswordRefused(Words reason) {
		super(HttpStatus.FORBIDDEN, "Sign in another way", reason);
	}

}
