package org.fanloop.history;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A list of a member's history the caller may not see (votes the member keeps private,
 * follows), or no such list.
 */
class HistoryNotShown extends ModuleProblem {

	HistoryNotShown(String username, String kind) {
		super(HttpStatus.NOT_FOUND, "Not public", Words.of("history-not-public", kind, username));
	}

}
