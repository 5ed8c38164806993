package org.fanloop.testers;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.fanloop.accounts.SignedInMember;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enrolment links through the API.
 */
@RestController
@Tag(name = "Beta programme")
class InvitationApiController {

	private final InvitationService invitations;

	InvitationApiController(InvitationService invitations) {
		this.invitations = invitations;
	}

	@PostMapping("/api/v1/products/{slug}/invitations")
	@Operation(summary = "Staff make an enrolment link (the token is shown this once)")
	ResponseEntity<InvitationCreated> create(@PathVariable String slug, @Valid @RequestBody NewInvitation invitation,
			@AuthenticationPrincipal SignedInMember me) {
		InvitationCreated created = invitations.create(slug, invitation, me);
		return ResponseEntity
			.created(URI.create("/api/v1/products/" + slug + "/invitations/" + created.invitation().id()))
			.body(created);
	}

	@GetMapping("/api/v1/products/{slug}/invitations")
	@Operation(summary = "Staff: the product's enrolment links, newest first")
	List<Invitation> list(@PathVariable String slug, @AuthenticationPrincipal SignedInMember me) {
		return invitations.list(slug, me);
	}

	@DeleteMapping("/api/v1/products/{slug}/invitations/{id}")
	@Operation(summary = "Staff revoke an enrolment link")
	ResponseEntity<Void> revoke(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal SignedInMember me) {
		invitations.revoke(slug, id, me);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/invitations/{token}")
	@Operation(
			summary = "The caller joins a beta programme through an enrolment link: 201 when new, 200 when applied already")
	ResponseEntity<Application> join(@PathVariable String token, @AuthenticationPrincipal SignedInMember me) {
		TesterService.Applied applied = invitations.join(invitations.find(token), me);
		return applied.created() ? ResponseEntity.status(201).body(applied.application())
				: ResponseEntity.ok(applied.application());
	}

}
