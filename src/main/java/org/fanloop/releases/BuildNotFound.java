package org.fanloop.releases;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No build with this id, or none the caller may see (drafts are for staff, betas for
 * testers and staff).
 */
public class BuildNotFound extends ErrorResponseException {

	BuildNotFound(long id) {
		super(HttpStatus.NOT_FOUND, problem(id), null);
	}

	private static ProblemDetail problem(long id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no build " + id + ".");
		problem.setTitle("Build not found");
		return problem;
	}

}
