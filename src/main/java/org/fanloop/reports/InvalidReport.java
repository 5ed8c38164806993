package org.fanloop.reports;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A report naming a post the build does not deliver, or a rating that is not one: a 400
 * naming the field ({@code ratings.41}, {@code best}, {@code worst}).
 */
class InvalidReport extends ModuleProblem {

	InvalidReport(String field, Words message) {
		super(HttpStatus.BAD_REQUEST, "Invalid request", field, message);
	}

}
