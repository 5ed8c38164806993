package org.fanloop.reports;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * The caller has not reported on this build yet.
 */
class ReportNotFound extends ModuleProblem {

	ReportNotFound(long buildId) {
		super(HttpStatus.NOT_FOUND, "No report", Words.of("report-not-found", buildId));
	}

}
