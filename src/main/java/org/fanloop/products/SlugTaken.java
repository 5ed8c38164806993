package org.fanloop.products;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Another product has this slug already.
 */
public class SlugTaken extends ErrorResponseException {

	SlugTaken(String slug) {
		super(HttpStatus.CONFLICT, problem(slug), null);
	}

	private static ProblemDetail problem(String slug) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The slug '" + slug + "' belongs to another product.");
		problem.setTitle("Slug taken");
		problem.setProperty("errors", List.of(Map.of("field", "slug", "message", "is already taken")));
		return problem;
	}

}
