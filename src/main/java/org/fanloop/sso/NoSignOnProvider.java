package org.fanloop.sso;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * Staff cannot be kept to single sign-on when no provider is configured: nobody on the
 * team could sign in.
 */
class NoSignOnProvider extends ModuleProblem {

	NoSignOnProvider() {
		super(HttpStatus.CONFLICT, "No sign-on provider", Words.of("sso-no-provider"));
	}

}
