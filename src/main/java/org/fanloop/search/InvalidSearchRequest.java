package org.fanloop.search;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/** A search with a parameter at fault: a 400 naming it. */
class InvalidSearchRequest extends ModuleProblem {

	InvalidSearchRequest(String field, Words message) {
		super(HttpStatus.BAD_REQUEST, "Invalid request", field, message);
	}

}
