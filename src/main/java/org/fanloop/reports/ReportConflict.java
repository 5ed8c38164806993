package org.fanloop.reports;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A build that takes no reports (any more): promoted, withdrawn, or not a beta. A 409.
 */
class ReportConflict extends ErrorResponseException {

	ReportConflict(String title, String detail) {
		super(HttpStatus.CONFLICT, problem(title, detail), null);
	}

	private static ProblemDetail problem(String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle(title);
		return problem;
	}

}
