package org.fanloop.posts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No post has this id.
 */
public class PostNotFound extends ErrorResponseException {

	PostNotFound(long id) {
		super(HttpStatus.NOT_FOUND, problem(id), null);
	}

	private static ProblemDetail problem(long id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no post " + id + ".");
		problem.setTitle("Post not found");
		return problem;
	}

}
