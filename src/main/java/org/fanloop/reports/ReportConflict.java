package org.fanloop.reports;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A build that takes no reports (any more): promoted, withdrawn, or not a beta. A 409.
 */
class ReportConflict extends ModuleProblem {

	ReportConflict(String title, String detail, Object... arguments) {
		super(HttpStatus.CONFLICT, title, Words.of(detail, arguments));
	}

}
