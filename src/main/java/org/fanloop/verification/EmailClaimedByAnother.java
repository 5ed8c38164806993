package org.fanloop.verification;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * Another member proved this address first. Only somebody who reads its mail can follow
 * the link, so saying so tells nobody else anything.
 */
class EmailClaimedByAnother extends ModuleProblem {

	EmailClaimedByAnother() {
		super(HttpStatus.CONFLICT, "Address already verified", Words.of("email-claimed"));
	}

}
