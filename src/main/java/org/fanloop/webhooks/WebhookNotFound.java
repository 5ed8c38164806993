package org.fanloop.webhooks;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * There is no webhook with this id.
 */
class WebhookNotFound extends ErrorResponseException {

	WebhookNotFound(long id) {
		super(HttpStatus.NOT_FOUND, problem(id), null);
	}

	private static ProblemDetail problem(long id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no webhook " + id + ".");
		problem.setTitle("Webhook not found");
		return problem;
	}

}
