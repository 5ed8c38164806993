package org.fanloop.accounts;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * The member has no token with this id (another member's token looks the same).
 */
class TokenNotFound extends ModuleProblem {

	TokenNotFound(long id) {
		super(HttpStatus.NOT_FOUND, "Token not found", Words.of("token-not-found", id));
	}

}
