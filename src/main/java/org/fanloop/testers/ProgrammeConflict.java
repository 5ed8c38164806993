package org.fanloop.testers;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * What the beta programme's state does not allow: applying while it is closed or after
 * being declined, accepting beyond the cap, deciding on nobody's application.
 */
public class ProgrammeConflict extends ErrorResponseException {

	ProgrammeConflict(HttpStatus status, String title, String detail) {
		super(status, problem(status, title, detail), null);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
