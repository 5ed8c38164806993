package org.fanloop.web;

import org.springframework.http.HttpStatus;

/**
 * Text a database cannot keep: PostgreSQL refuses the NUL character in any text column,
 * so it is refused at the door, on every database alike.
 */
class InvalidText extends ModuleProblem {

	static final Words NUL = Words.of("nul");

	private InvalidText(String field) {
		super(HttpStatus.BAD_REQUEST, "Invalid request", field, NUL);
	}

	static InvalidText nul(String field) {
		return new InvalidText(field.replace('\0', '?'));
	}

}
