package org.fanloop.testers;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * What the beta programme's state does not allow: applying while it is closed or after
 * being declined, accepting beyond the cap, deciding on nobody's application.
 */
public class ProgrammeConflict extends ModuleProblem {

	ProgrammeConflict(HttpStatus status, String title, String detail, Object... arguments) {
		super(status, title, Words.of(detail, arguments));
	}

	ProgrammeConflict(HttpStatus status, String title, Words detail) {
		super(status, title, detail);
	}

}
