package org.fanloop.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request body over {@link WebSettings#maxBodySize()}.
 */
class BodyTooLarge extends ErrorResponseException {

	BodyTooLarge(long limit) {
		super(HttpStatus.CONTENT_TOO_LARGE, problem(limit), null);
	}

	private static ProblemDetail problem(long limit) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than the " + limit + " bytes this server reads.");
		problem.setTitle("Request too large");
		return problem;
	}

}
