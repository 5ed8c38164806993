package org.fanloop.voting;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The vote writer's queue stayed full (the database is slow or away) or the node is
 * shutting down: the vote was not taken, and the client may try again.
 */
class VotesBusy extends ErrorResponseException {

	VotesBusy() {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(), null);
		getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"Votes are not being taken right now; the vote was not counted. Try again in a moment.");
		problem.setTitle("Votes busy");
		return problem;
	}

}
