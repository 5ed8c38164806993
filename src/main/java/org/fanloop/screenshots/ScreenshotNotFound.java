package org.fanloop.screenshots;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No such screenshot, or one the caller may not see (the same answer, so ids tell
 * nothing).
 */
class ScreenshotNotFound extends ErrorResponseException {

	ScreenshotNotFound(long id) {
		super(HttpStatus.NOT_FOUND, problem(id), null);
	}

	private static ProblemDetail problem(long id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No screenshot " + id + ".");
		problem.setTitle("Screenshot not found");
		return problem;
	}

}
