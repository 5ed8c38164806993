package org.fanloop.reports;

import org.fanloop.web.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A report naming a post the build does not deliver, or a rating that is not one: a 400
 * naming the field ({@code ratings.41}, {@code best}, {@code worst}).
 */
class InvalidReport extends ErrorResponseException {

	InvalidReport(String field, String message) {
		super(HttpStatus.BAD_REQUEST, FieldProblems.invalid(field, message), null);
	}

}
