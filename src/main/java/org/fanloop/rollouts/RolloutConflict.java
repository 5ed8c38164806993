package org.fanloop.rollouts;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A rollout change the build cannot take: not a published stable build, or a lower share
 * than it has. A 409.
 */
class RolloutConflict extends ModuleProblem {

	RolloutConflict(String title, String detail, Object... arguments) {
		super(HttpStatus.CONFLICT, title, Words.of(detail, arguments));
	}

}
