package org.fanloop.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A username and password that do not match a member.
 */
public class InvalidCredentials extends ErrorResponseException {

	InvalidCredentials() {
		super(HttpStatus.UNAUTHORIZED, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				"The username or the password is wrong.");
		problem.setTitle("Invalid credentials");
		return problem;
	}

}
