package org.fanloop.voting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.fanloop.accounts.SignedInMember;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Voting for API clients.
 */
@RestController
@RequestMapping("/api/v1/posts/{id}/vote")
@Tag(name = "Votes")
class VoteApiController {

	private final VoteService votes;

	VoteApiController(VoteService votes) {
		this.votes = votes;
	}

	@PutMapping
	@Operation(summary = "Vote for a post (idempotent)",
			description = "Answers once the vote is committed, with the post's exact count. 404 for a missing "
					+ "post, 409 for a merged one, 503 (with Retry-After) when votes are not being taken "
					+ "right now; the vote was then not counted.")
	VoteState vote(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		return votes.cast(id, me);
	}

	@DeleteMapping
	@Operation(summary = "Withdraw a vote (idempotent)",
			description = "Answers once the withdrawal is committed, with the post's exact count.")
	VoteState unvote(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		return votes.withdraw(id, me);
	}

}
