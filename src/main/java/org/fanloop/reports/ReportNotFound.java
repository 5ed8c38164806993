package org.fanloop.reports;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The caller has not reported on this build yet.
 */
class ReportNotFound extends ErrorResponseException {

	ReportNotFound(long buildId) {
		super(HttpStatus.NOT_FOUND, problem(buildId), null);
	}

	private static ProblemDetail problem(long buildId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"You have not reported on build " + buildId + " yet.");
		problem.setTitle("No report");
		return problem;
	}

}
