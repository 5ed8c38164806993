package org.fanloop.verification;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A new password that will not do; the problem lists it under {@code errors}, as a
 * validation failure would.
 */
class WeakPassword extends ErrorResponseException {

	private final String reason;

	WeakPassword(String reason) {
		super(HttpStatus.BAD_REQUEST, problem(reason), null);
		this.reason = reason;
	}

	String reason() {
		return reason;
	}

	private static ProblemDetail problem(String reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "password " + reason);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(Map.of("field", "password", "message", reason)));
		return problem;
	}

}
