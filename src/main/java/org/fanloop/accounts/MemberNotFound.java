package org.fanloop.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No member has this username.
 */
public class MemberNotFound extends ErrorResponseException {

	public MemberNotFound(String username) {
		super(HttpStatus.NOT_FOUND, problem(username), null);
	}

	private static ProblemDetail problem(String username) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no member called '" + username + "'.");
		problem.setTitle("Member not found");
		return problem;
	}

}
