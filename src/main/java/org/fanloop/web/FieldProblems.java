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

	/**
	 * The first field problem of an error as a sentence for a page ("timeZone is not a
	 * time zone"), or its detail when it names no field.
	 */
	public static String sentence(org.springframework.web.ErrorResponseException ex) {
		Map<String, Object> properties = ex.getBody().getProperties();
		Object errors = (properties != null) ? properties.get("errors") : null;
		if (errors instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map<?, ?> error) {
			return error.get("field") + " " + error.get("message");
		}
		return String.valueOf(ex.getBody().getDetail());
	}

}
