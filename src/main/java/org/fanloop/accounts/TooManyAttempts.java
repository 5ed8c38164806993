package org.fanloop.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A client tried to sign in or up too often.
 */
class TooManyAttempts extends ErrorResponseException {

	private final long retryAfterSeconds;

	TooManyAttempts(long retryAfterSeconds) {
		this(retryAfterSeconds,
				"Too many sign-in attempts from your address; try again in " + retryAfterSeconds + " seconds.");
	}

	private TooManyAttempts(long retryAfterSeconds, String detail) {
		super(HttpStatus.TOO_MANY_REQUESTS, problem(detail), null);
		this.retryAfterSeconds = retryAfterSeconds;
		getHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
	}

	static TooManyAttempts forAccount(long retryAfterSeconds) {
		return new TooManyAttempts(retryAfterSeconds, "Too many failed sign-ins for this account; try again in "
				+ Math.max(1, (retryAfterSeconds + 59) / 60) + " minutes.");
	}

	long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
		problem.setTitle("Too many attempts");
		return problem;
	}

}
