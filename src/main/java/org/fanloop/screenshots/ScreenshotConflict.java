package org.fanloop.screenshots;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A screenshot that cannot be added here: a post that is no bug against a build, or one
 * more than the limit. A 409.
 */
class ScreenshotConflict extends ErrorResponseException {

	ScreenshotConflict(String title, String detail) {
		super(HttpStatus.CONFLICT, problem(title, detail), null);
	}

	private static ProblemDetail problem(String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle(title);
		return problem;
	}

}
