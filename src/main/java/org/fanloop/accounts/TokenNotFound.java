package org.fanloop.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The member has no token with this id (another member's token looks the same).
 */
class TokenNotFound extends ErrorResponseException {

	TokenNotFound(long id) {
		super(HttpStatus.NOT_FOUND, problem(id), null);
	}

	private static ProblemDetail problem(long id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "You have no token " + id + ".");
		problem.setTitle("Token not found");
		return problem;
	}

}
