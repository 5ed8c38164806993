package org.fanloop.voting;

import org.fanloop.accounts.VoteAtSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Casts the vote a visitor asked for before signing in, in the sign-in request itself, so
 * the page they return to shows it. A post that cannot take votes any more (merged,
 * deleted) is left alone: signing in still succeeds.
 */
@Component
class VotesAtSignIn {

	private static final Logger log = LoggerFactory.getLogger(VotesAtSignIn.class);

	private final VoteService votes;

	VotesAtSignIn(VoteService votes) {
		this.votes = votes;
	}

	@EventListener
	void cast(VoteAtSignIn request) {
		try {
			this.votes.cast(request.postId(), request.member());
		}
		catch (ErrorResponseException ex) {
			log.debug("The vote asked for at sign-in was not cast: {}", ex.getBody().getDetail());
		}
	}

}
