package org.fanloop.posts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No such comment: a 404.
 */
class CommentNotFound extends ErrorResponseException {

	CommentNotFound(long id) {
		super(HttpStatus.NOT_FOUND, problem(id), null);
	}

	private static ProblemDetail problem(long id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No comment " + id + ".");
		problem.setTitle("Comment not found");
		return problem;
	}

}
