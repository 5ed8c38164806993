package org.fanloop.accounts;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A sign-up whose username or email belongs to another member already.
 */
public class SignUpRejected extends ErrorResponseException {

	private final String field;

	private final String reason;

	SignUpRejected(String field, String reason) {
		super(HttpStatus.CONFLICT, problem(field, reason), null);
		this.field = field;
		this.reason = reason;
	}

	/** The field at fault: {@code username} or {@code email}. */
	public String field() {
		return field;
	}

	public String reason() {
		return reason;
	}

	private static ProblemDetail problem(String field, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, field + " " + message);
		problem.setTitle("Sign-up rejected");
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return problem;
	}

}
