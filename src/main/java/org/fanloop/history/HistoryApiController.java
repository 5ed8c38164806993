package org.fanloop.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;

import org.fanloop.accounts.Member;
import org.fanloop.accounts.MemberNotFound;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.SignedInMember;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's history for API clients: the caller's own lists, and what anybody may see of
 * a member.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "History")
class HistoryApiController {

	private final HistoryService history;

	private final MemberService members;

	HistoryApiController(HistoryService history, MemberService members) {
		this.history = history;
		this.members = members;
	}

	@GetMapping("/me/votes")
	@Operation(summary = "The posts the caller votes for, newest vote first, with their status")
	HistoryPage votes(@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "20") int limit, @AuthenticationPrincipal SignedInMember me) {
		return own(me, HistoryKind.VOTES, cursor, limit);
	}

	@GetMapping("/me/comments")
	@Operation(summary = "The caller's comments, newest first, each with its post and the post's status")
	HistoryPage comments(@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "20") int limit, @AuthenticationPrincipal SignedInMember me) {
		return own(me, HistoryKind.COMMENTS, cursor, limit);
	}

	@GetMapping("/me/follows")
	@Operation(summary = "The posts the caller follows, newest follow first, with their status")
	HistoryPage follows(@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "20") int limit, @AuthenticationPrincipal SignedInMember me) {
		return own(me, HistoryKind.FOLLOWS, cursor, limit);
	}

	@PutMapping("/me/history")
	@Operation(summary = "Make the caller's votes public, or private again (the default)")
	Visibility visibility(@Validated @RequestBody Visibility visibility, @AuthenticationPrincipal SignedInMember me) {
		history.setVotesPublic(me, visibility.votesPublic());
		return visibility;
	}

	@GetMapping("/members/{username}")
	@Operation(summary = "A member's public profile and public history",
			description = "Their latest posts and comments, and the posts they vote for if they made their votes "
					+ "public (votes is null otherwise).")
	PublicProfile member(@PathVariable String username) {
		return history.publicProfile(members.get(username), null);
	}

	@GetMapping("/members/{username}/history/{kind}")
	@Operation(summary = "A page of a member's votes, comments or follows",
			description = "Comments are public; votes when the member made them public; otherwise 404 unless the "
					+ "caller is the member or staff.")
	HistoryPage memberHistory(@PathVariable String username, @PathVariable String kind,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "20") int limit,
			@AuthenticationPrincipal @Nullable SignedInMember viewer) {
		Member owner = members.get(username);
		HistoryKind list = HistoryKind.of(kind).orElseThrow(() -> new HistoryNotShown(owner.username(), kind));
		if (!history.maySee(owner, list, viewer)) {
			throw new HistoryNotShown(owner.username(), kind);
		}
		return history.page(owner, list, cursor, limit, viewer);
	}

	private HistoryPage own(SignedInMember me, HistoryKind kind, @Nullable String cursor, int limit) {
		return history.page(members.find(me.id()).orElseThrow(() -> new MemberNotFound(me.username())), kind, cursor,
				limit, me);
	}

	record Visibility(@NotNull Boolean votesPublic) {
	}

}
