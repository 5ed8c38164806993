package org.fanloop.rollouts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A rollout change the build cannot take: not a published stable build, or a lower share
 * than it has. A 409.
 */
class RolloutConflict extends ErrorResponseException {

	RolloutConflict(String title, String detail) {
		super(HttpStatus.CONFLICT, problem(title, detail), null);
	}

	private static ProblemDetail problem(String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle(title);
		return problem;
	}

}
