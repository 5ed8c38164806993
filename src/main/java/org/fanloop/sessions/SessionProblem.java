package org.fanloop.sessions;

import org.fanloop.web.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * What can go wrong with a review session: a field at fault (400), a session or
 * invitation that is not there (404), or a session that is over (409).
 */
class SessionProblem extends ErrorResponseException {

	private SessionProblem(HttpStatus status, ProblemDetail problem) {
		super(status, problem, null);
	}

	static SessionProblem field(String field, String message) {
		return new SessionProblem(HttpStatus.BAD_REQUEST, FieldProblems.invalid(field, message));
	}

	static SessionProblem notFound(long id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No review session " + id + ".");
		problem.setTitle("Review session not found");
		return new SessionProblem(HttpStatus.NOT_FOUND, problem);
	}

	static SessionProblem conflict(String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle(title);
		return new SessionProblem(HttpStatus.CONFLICT, problem);
	}

}
