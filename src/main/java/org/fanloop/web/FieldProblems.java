package org.fanloop.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The one shape of a 400 for input at fault, for the modules' own exceptions to carry:
 * title "Invalid request" (or the module's), a detail, and {@code errors} listing the
 * field and what is wrong with it, as validation failures list them.
 */
public final class FieldProblems {

	private FieldProblems() {
	}

	/** "Some fields are not valid; see errors." with this one field. */
	public static ProblemDetail invalid(String field, String message) {
		return invalid("Invalid request", "Some fields are not valid; see errors.", field, message);
	}

	public static ProblemDetail invalid(String title, String detail, String field, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle(title);
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return problem;
	}

}
