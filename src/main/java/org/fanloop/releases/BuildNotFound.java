package org.fanloop.releases;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * No build with this id, or none the caller may see (drafts are for staff, betas for
 * testers and staff).
 */
public class BuildNotFound extends ModuleProblem {

	BuildNotFound(long id) {
		super(HttpStatus.NOT_FOUND, "Build not found", Words.of("build-not-found", id));
	}

}
