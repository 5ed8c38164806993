package org.fanloop.testers;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A value that names no state: a 400 naming the {@code state} field.
 */
class InvalidTesterState extends ModuleProblem {

	InvalidTesterState(String value) {
		super(HttpStatus.BAD_REQUEST, "Invalid state", Words.of("tester-state-invalid", value), "state",
				Words.of("tester-states"));
	}

}
