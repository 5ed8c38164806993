package org.fanloop.releases;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * What a build's state does not allow: publishing it twice, promoting a draft, a version
 * the channel has already.
 */
public class BuildConflict extends ModuleProblem {

	BuildConflict(String title, String detail, Object... arguments) {
		super(HttpStatus.CONFLICT, title, Words.of(detail, arguments));
	}

}
