package org.fanloop.posts;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * No such comment: a 404.
 */
class CommentNotFound extends ModuleProblem {

	CommentNotFound(long id) {
		super(HttpStatus.NOT_FOUND, "Comment not found", Words.of("comment-not-found", id));
	}

}
