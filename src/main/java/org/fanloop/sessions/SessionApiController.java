package org.fanloop.sessions;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.reputation.ReputationService;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Review sessions for API clients.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Review sessions")
class SessionApiController {

	private final SessionService sessions;

	SessionApiController(SessionService sessions) {
		this.sessions = sessions;
	}

	@PostMapping("/products/{slug}/sessions")
	@Operation(summary = "Plan a review session (staff)",
			description = "`startsAt` is a local date and time in `timeZone`; `posts` are the posts to discuss.")
	ResponseEntity<ReviewSession> create(@PathVariable String slug, @Valid @RequestBody NewSession session,
			@AuthenticationPrincipal SignedInMember me) {
		ReviewSession created = sessions.create(slug, session, me);
		return ResponseEntity.created(URI.create("/api/v1/sessions/" + created.id())).body(created);
	}

	@GetMapping("/products/{slug}/sessions")
	@Operation(summary = "The product's review sessions, newest first")
	List<ReviewSession> list(@PathVariable String slug) {
		return sessions.list(slug);
	}

	@GetMapping("/sessions/{id}")
	@Operation(summary = "A review session: its posts, who comes, the waitlist; staff also see every invitation, "
			+ "invitees their own (`myState`) and the place")
	SessionDetails get(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInMember me) {
		return sessions.details(id, me);
	}

	@GetMapping("/sessions/{id}/suggestions")
	@Operation(summary = "Whom to invite, by reputation with the product, with the reasons (staff)")
	List<ReputationService.Contributor> suggestions(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		return sessions.suggestions(id, me);
	}

	/** Members to invite. */
	record Invitation(@NotEmpty @Size(max = 200) List<String> usernames) {
	}

	/** The members invited now (not those invited before). */
	record Invited(List<String> invited) {
	}

	@PostMapping("/sessions/{id}/invitations")
	@Operation(summary = "Invite members (staff); each gets an inbox notice (and email) with the calendar file")
	Invited invite(@PathVariable long id, @Valid @RequestBody Invitation invitation,
			@AuthenticationPrincipal SignedInMember me) {
		return new Invited(sessions.invite(id, invitation.usernames(), me));
	}

	/** An invitee's answer. */
	record Answer(@NotNull @Pattern(regexp = "accept|decline", message = "must be accept or decline") String answer) {
	}

	/** The invitee's state after answering. */
	record Answered(String state) {
	}

	@PostMapping("/sessions/{id}/rsvp")
	@Operation(summary = "Accept or decline an invitation (the invitee)",
			description = "Accepting takes a seat while there is one, else a place on the waitlist; declining frees "
					+ "the seat for the first on the waitlist.")
	Answered answer(@PathVariable long id, @Valid @RequestBody Answer answer,
			@AuthenticationPrincipal SignedInMember me) {
		return new Answered(sessions.answer(id, answer.answer().equals("accept"), me));
	}

	@PutMapping("/sessions/{id}/outcome")
	@Operation(summary = "Record what came of the session and move the discussed posts (staff); closes it",
			description = "Each post's status note ends with a link back to the session. Those who had accepted "
					+ "attended and earn reputation.")
	ReviewSession close(@PathVariable long id, @Valid @RequestBody Outcome outcome,
			@AuthenticationPrincipal SignedInMember me) {
		return sessions.close(id, outcome, me);
	}

}
