package org.fanloop.verification;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A verification or reset link that is used, expired or mistyped (one answer for all
 * three: which it is would help nobody but a guesser).
 */
class InvalidEmailLink extends ErrorResponseException {

	InvalidEmailLink() {
		super(HttpStatus.NOT_FOUND, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"This link is used, expired or mistyped; ask for a new one.");
		problem.setTitle("Invalid link");
		return problem;
	}

}
