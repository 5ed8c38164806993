package org.fanloop.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The database did not answer (down, restarting, or every connection busy past the pool's
 * wait): a 503 that tells the client when to try again, instead of a 500 or a request
 * hanging for half a minute.
 */
class DatabaseUnavailable extends ErrorResponseException {

	static final String RETRY_AFTER_SECONDS = "5";

	DatabaseUnavailable() {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(), null);
		getHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The database is not answering; nothing was changed. Try again in a few seconds.");
		problem.setTitle("Service unavailable");
		return problem;
	}

}
