package org.fanloop.search;

import org.fanloop.web.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A search with a parameter at fault: a 400 naming it. */
class InvalidSearchRequest extends ErrorResponseException {

	InvalidSearchRequest(String field, String message) {
		super(HttpStatus.BAD_REQUEST, FieldProblems.invalid(field, message), null);
	}

}
