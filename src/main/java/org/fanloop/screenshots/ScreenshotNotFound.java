package org.fanloop.screenshots;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * No such screenshot, or one the caller may not see (the same answer, so ids tell
 * nothing).
 */
class ScreenshotNotFound extends ModuleProblem {

	ScreenshotNotFound(long id) {
		super(HttpStatus.NOT_FOUND, "Screenshot not found", Words.of("screenshot-not-found", id));
	}

}
