package org.fanloop.moderation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.ModerationAction;
import org.fanloop.posts.Post;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Flags and moderation for API clients.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Moderation")
class ModerationApiController {

	private final ModerationService moderation;

	ModerationApiController(ModerationService moderation) {
		this.moderation = moderation;
	}

	@PostMapping("/posts/{id}/moderation")
	@Operation(summary = "Hide, lock (no new comments), mark spam or restore a post (staff of its product)",
			description = "The action and its note go into the product's moderation log and resolve the post's "
					+ "flags; a hidden or spam post leaves boards and search and answers 410 to all but staff.")
	Post moderate(@PathVariable long id, @Valid @RequestBody Action action,
			@AuthenticationPrincipal SignedInMember me) {
		return moderation.moderate(id, ModerationAction.of(action.action()).orElseThrow(), note(action.note()), me);
	}

	@PostMapping("/comments/{id}/moderation")
	@Operation(summary = "Hide or restore a comment (staff of its product)")
	ResponseEntity<Void> moderateComment(@PathVariable long id, @Valid @RequestBody Action action,
			@AuthenticationPrincipal SignedInMember me) {
		moderation.moderateComment(id, ModerationAction.of(action.action()).orElseThrow(), note(action.note()), me);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/posts/{id}/flags")
	@Operation(summary = "Flag a post to the team, saying why (once until the team acts on it)")
	ResponseEntity<Void> flagPost(@PathVariable long id, @Valid @RequestBody Reason reason,
			@AuthenticationPrincipal SignedInMember me) {
		moderation.flagPost(id, reason.reason(), me);
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/comments/{id}/flags")
	@Operation(summary = "Flag a comment to the team, saying why")
	ResponseEntity<Void> flagComment(@PathVariable long id, @Valid @RequestBody Reason reason,
			@AuthenticationPrincipal SignedInMember me) {
		moderation.flagComment(id, reason.reason(), me);
		return ResponseEntity.accepted().build();
	}

	@GetMapping("/products/{slug}/moderation")
	@Operation(summary = "Open flags (oldest first) and the moderation log (newest first) of a product (staff)")
	ModerationService.Overview overview(@PathVariable String slug, @AuthenticationPrincipal SignedInMember me) {
		return moderation.overview(slug, me);
	}

	@DeleteMapping("/products/{slug}/flags/{id}")
	@Operation(summary = "Dismiss a flag that needs no action (staff)")
	ResponseEntity<Void> dismiss(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal SignedInMember me) {
		moderation.dismiss(slug, id, me);
		return ResponseEntity.noContent().build();
	}

	private static String note(@Nullable String note) {
		return (note == null) ? "" : note;
	}

	record Action(
			@NotBlank @Pattern(regexp = ModerationAction.PATTERN,
					message = "must be one of hide, lock, spam, restore") String action,
			@Nullable @Size(max = 2000) String note) {
	}

	record Reason(@NotBlank @Size(max = 500) String reason) {
	}

}
