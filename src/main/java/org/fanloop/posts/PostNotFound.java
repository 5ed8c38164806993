package org.fanloop.posts;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * No post has this id.
 */
public class PostNotFound extends ModuleProblem {

	PostNotFound(long id) {
		super(HttpStatus.NOT_FOUND, "Post not found", Words.of("post-not-found", id));
	}

}
