package org.fanloop.releases;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * What a build's state does not allow: publishing it twice, promoting a draft, a version
 * the channel has already.
 */
public class BuildConflict extends ErrorResponseException {

	BuildConflict(String title, String detail) {
		super(HttpStatus.CONFLICT, problem(title, detail), null);
	}

	private static ProblemDetail problem(String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle(title);
		return problem;
	}

}
