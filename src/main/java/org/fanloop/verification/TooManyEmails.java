package org.fanloop.verification;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A signed-in member asked for their verification email again too often.
 */
class TooManyEmails extends ErrorResponseException {

	TooManyEmails(long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, problem(retryAfterSeconds), null);
		getHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
	}

	private static ProblemDetail problem(long seconds) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Several emails went to your address this hour; look for them (and in your spam folder), or try again in "
						+ Math.max(1, (seconds + 59) / 60) + " minutes.");
		problem.setTitle("Too many emails");
		return problem;
	}

}
