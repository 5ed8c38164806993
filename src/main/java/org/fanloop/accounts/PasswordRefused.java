package org.fanloop.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The password was right, but a {@link PasswordSignInRule} refuses it for this member.
 */
class PasswordRefused extends ErrorResponseException {

	PasswordRefused(String reason) {
		super(HttpStatus.FORBIDDEN, problem(reason), null);
	}

	private static ProblemDetail problem(String reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, reason);
		problem.setTitle("Sign in another way");
		return problem;
	}

}
