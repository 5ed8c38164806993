package org.fanloop.screenshots;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * An upload that is no image we take: not PNG, JPEG or WebP by its bytes, unreadable, too
 * large, or missing. A 400 naming the field {@code file}.
 */
class InvalidScreenshot extends ModuleProblem {

	InvalidScreenshot(Words message) {
		super(HttpStatus.BAD_REQUEST, "Invalid screenshot", Words.of("screenshot-file", message), "file", message);
	}

}
