package org.fanloop.voting;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The vote writer's queue stayed full (the database is slow or away) or the node is
 * shutting down: the vote was not taken, and the client may try again.
 */
class VotesBusy extends ModuleProblem {

	VotesBusy() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "Votes busy", Words.of("votes-busy"));
		getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
	}

}
