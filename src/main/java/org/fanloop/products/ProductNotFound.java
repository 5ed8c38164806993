package org.fanloop.products;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No product has this slug.
 */
public class ProductNotFound extends ErrorResponseException {

	ProductNotFound(String slug) {
		super(HttpStatus.NOT_FOUND, problem(slug), null);
	}

	private static ProblemDetail problem(String slug) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no product '" + slug + "'.");
		problem.setTitle("Product not found");
		return problem;
	}

}
