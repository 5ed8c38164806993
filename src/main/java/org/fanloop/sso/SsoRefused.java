package org.fanloop.sso;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An outside identity Fanloop cannot sign in: no address, a bad or expired signed
 * identity.
 */
class SsoRefused extends ErrorResponseException {

	SsoRefused(String detail) {
		super(HttpStatus.UNAUTHORIZED, problem(detail), null);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
		problem.setTitle("Single sign-on failed");
		return problem;
	}

}
