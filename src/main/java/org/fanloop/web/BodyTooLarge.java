package org.fanloop.web;

import org.springframework.http.HttpStatus;

/**
 * A request body over {@link WebSettings#maxBodySize()}.
 */
class BodyTooLarge extends ModuleProblem {

	BodyTooLarge(long limit) {
		super(HttpStatus.CONTENT_TOO_LARGE, "Request too large", Words.of("body-too-large", limit));
	}

}
