package org.fanloop.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A client tried to sign in or up too often.
 */
class TooManyAttempts extends ErrorResponseException {

	TooManyAttempts(long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, problem(retryAfterSeconds), null);
		getHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
	}

	private static ProblemDetail problem(long retryAfterSeconds) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many sign-in attempts from your address; try again in " + retryAfterSeconds + " seconds.");
		problem.setTitle("Too many attempts");
		return problem;
	}

}
