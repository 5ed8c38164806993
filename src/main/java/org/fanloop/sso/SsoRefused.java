package org.fanloop.sso;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * An outside identity Fanloop cannot sign in: no address, a bad or expired signed
 * identity.
 */
class SsoRefused extends ModuleProblem {

	SsoRefused(Words detail) {
		super(HttpStatus.UNAUTHORIZED, "Single sign-on failed", detail);
	}

}
