package org.fanloop.accounts;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * No member has this username.
 */
public class MemberNotFound extends ModuleProblem {

	public MemberNotFound(String username) {
		super(HttpStatus.NOT_FOUND, "Member not found", Words.of("member-not-found", username));
	}

}
