package org.fanloop.sessions;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * What can go wrong with a review session: a field at fault (400), a session or
 * invitation that is not there (404), or a session that is over (409).
 */
class SessionProblem extends ModuleProblem {

	private SessionProblem(HttpStatus status, String title, Words detail) {
		super(status, title, detail);
	}

	private SessionProblem(String field, Words message) {
		super(HttpStatus.BAD_REQUEST, "Invalid request", field, message);
	}

	static SessionProblem field(String field, String message, Object... arguments) {
		return new SessionProblem(field, Words.of(message, arguments));
	}

	static SessionProblem notFound(long id) {
		return new SessionProblem(HttpStatus.NOT_FOUND, "Review session not found", Words.of("session-not-found", id));
	}

	static SessionProblem conflict(String title, String detail, Object... arguments) {
		return new SessionProblem(HttpStatus.CONFLICT, title, Words.of(detail, arguments));
	}

}
