package org.fanloop.posts;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A change the post's present state does not allow: voting on a merged post, moving a
 * post to the status it has.
 */
public class PostConflict extends ModuleProblem {

	PostConflict(String title, String detail, Object... arguments) {
		super(HttpStatus.CONFLICT, title, Words.of(detail, arguments));
	}

	PostConflict(String title, Words detail) {
		super(HttpStatus.CONFLICT, title, detail);
	}

}
