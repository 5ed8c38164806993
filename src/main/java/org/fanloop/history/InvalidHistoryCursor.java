package org.fanloop.history;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A cursor this server did not give.
 */
class InvalidHistoryCursor extends ErrorResponseException {

	InvalidHistoryCursor() {
		super(HttpStatus.BAD_REQUEST, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"cursor is not one this server gave; start without it.");
		problem.setTitle("Invalid request");
		problem.setProperty("errors",
				List.of(Map.of("field", "cursor", "message", "is not a cursor this server gave")));
		return problem;
	}

}
