package org.fanloop.verification;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Another member proved this address first. Only somebody who reads its mail can follow
 * the link, so saying so tells nobody else anything.
 */
class EmailClaimedByAnother extends ErrorResponseException {

	EmailClaimedByAnother() {
		super(HttpStatus.CONFLICT, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Another account verified this address first; sign in to that one, or reset its password.");
		problem.setTitle("Address already verified");
		return problem;
	}

}
