package org.fanloop.screenshots;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A screenshot that cannot be added here: a post that is no bug against a build, or one
 * more than the limit. A 409.
 */
class ScreenshotConflict extends ModuleProblem {

	ScreenshotConflict(String title, String detail, Object... arguments) {
		super(HttpStatus.CONFLICT, title, Words.of(detail, arguments));
	}

}
