package org.fanloop.history;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A cursor this server did not give.
 */
class InvalidHistoryCursor extends ModuleProblem {

	InvalidHistoryCursor() {
		super(HttpStatus.BAD_REQUEST, "Invalid request", Words.of("history-cursor"), "cursor",
				Words.of("cursor-not-ours"));
	}

}
