package org.fanloop.voting;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.web.LocalPaths;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

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

	/**
	 * The same without JavaScript: the form posts the state the member wants, and the
	 * page they voted on comes back (only its path is taken from the Referer, so the
	 * redirect cannot leave Fanloop).
	 */
	@PostMapping("/posts/{id}/vote")
	String voteWithoutScript(@PathVariable long id, @RequestParam boolean voted,
			@RequestHeader(name = HttpHeaders.REFERER, required = false) @Nullable String referer,
			@AuthenticationPrincipal SignedInMember me) {
		if (voted) {
			votes.cast(id, me);
		}
		else {
			votes.withdraw(id, me);
		}
		return "redirect:" + backTo(referer, "/posts/" + id) + "#vote-" + id;
	}

	static String backTo(@Nullable String referer, String fallback) {
		return LocalPaths.orElse(referer, fallback);
	}

	private static String button(VoteState state, Model model) {
		model.addAttribute("vote", state);
		return "voting/vote :: state";
	}

}
