package org.fanloop.posts;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A query parameter that names no kind, status, sort or cursor.
 */
public class InvalidFilter extends ModuleProblem {

	InvalidFilter(String field, String value, String allowed) {
		super(HttpStatus.BAD_REQUEST, "Invalid " + field,
				allowed.isEmpty() ? Words.of("filter-invalid", value, field)
						: Words.of("filter-not-one-of", value, field, allowed.replace("|", ", ")),
				field, allowed.isEmpty() ? Words.of("not-valid") : Words.of("one-of", allowed.replace("|", ", ")));
	}

}
