package org.fanloop.screenshots;

import org.fanloop.web.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * An upload that is no image we take: not PNG, JPEG or WebP by its bytes, unreadable, too
 * large, or missing. A 400 naming the field {@code file}.
 */
class InvalidScreenshot extends ErrorResponseException {

	InvalidScreenshot(String message) {
		super(HttpStatus.BAD_REQUEST,
				FieldProblems.invalid("Invalid screenshot", "The file " + message + ".", "file", message), null);
	}

}
