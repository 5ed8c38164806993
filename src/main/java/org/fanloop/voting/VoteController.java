package org.fanloop.voting;

import org.fanloop.accounts.SignedInMember;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;

/**
 * The vote button on the pages: htmx sends PUT or DELETE and swaps the button it gets
 * back.
 */
@Controller
class VoteController {

	private final VoteService votes;

	VoteController(VoteService votes) {
		this.votes = votes;
	}

	@PutMapping("/posts/{id}/vote")
	String vote(@PathVariable long id, @AuthenticationPrincipal SignedInMember me, Model model) {
		return button(votes.cast(id, me), model);
	}

	@DeleteMapping("/posts/{id}/vote")
	String unvote(@PathVariable long id, @AuthenticationPrincipal SignedInMember me, Model model) {
		return button(votes.withdraw(id, me), model);
	}

	private static String button(VoteState state, Model model) {
		model.addAttribute("vote", state);
		return "voting/vote :: state";
	}

}
