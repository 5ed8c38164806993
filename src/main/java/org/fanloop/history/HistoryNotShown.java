package org.fanloop.history;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A list of a member's history the caller may not see (votes the member keeps private,
 * follows), or no such list.
 */
class HistoryNotShown extends ErrorResponseException {

	HistoryNotShown(String username, String kind) {
		super(HttpStatus.NOT_FOUND, problem(username, kind), null);
	}

	private static ProblemDetail problem(String username, String kind) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"The " + kind + " of " + username + " are not public (lists: votes, comments, follows).");
		problem.setTitle("Not public");
		return problem;
	}

}
