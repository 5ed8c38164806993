package org.fanloop.webhooks;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A webhook URL the SSRF guard refuses; a 400 naming the {@code url} field.
 */
class WebhookRefused extends ErrorResponseException {

	private final String reason;

	WebhookRefused(String reason) {
		super(HttpStatus.BAD_REQUEST, problem(reason), null);
		this.reason = reason;
	}

	String reason() {
		return this.reason;
	}

	private static ProblemDetail problem(String reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some fields are not valid; see errors.");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(Map.of("field", "url", "message", reason)));
		return problem;
	}

}
