package org.fanloop.releases;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.BugReport;
import org.fanloop.posts.Post;
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
 * Builds for API clients, the product's CI among them (with a staff member's token).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Builds")
class BuildApiController {

	private final BuildService builds;

	private final BuildDeliveries deliveries;

	BuildApiController(BuildService builds, BuildDeliveries deliveries) {
		this.builds = builds;
		this.deliveries = deliveries;
	}

	@PostMapping("/products/{slug}/builds")
	@Operation(summary = "Draft a build (staff)")
	ResponseEntity<BuildDetails> draft(@PathVariable String slug, @Valid @RequestBody NewBuild draft,
			@AuthenticationPrincipal SignedInMember me) {
		Build build = builds.draft(slug, draft, me);
		return ResponseEntity.created(URI.create("/api/v1/builds/" + build.id())).body(details(build.id(), me));
	}

	@GetMapping("/products/{slug}/builds")
	@Operation(summary = "The product's builds the caller may see, newest first")
	List<Build> list(@PathVariable String slug, @AuthenticationPrincipal @Nullable SignedInMember me) {
		return builds.list(slug, me, 100);
	}

	@GetMapping("/builds/{id}")
	@Operation(summary = "A build with its posts, gate, bugs and notification progress")
	BuildDetails build(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInMember me) {
		return details(id, me);
	}

	@PutMapping("/builds/{id}")
	@Operation(summary = "Change a draft's notes and posts (staff)")
	BuildDetails update(@PathVariable long id, @Valid @RequestBody BuildUpdate update,
			@AuthenticationPrincipal SignedInMember me) {
		builds.update(id, update, me);
		return details(id, me);
	}

	@PostMapping("/builds/{id}/publish")
	@Operation(summary = "Publish a draft: a beta's posts go in_beta, a stable build's shipped (staff)")
	BuildDetails publish(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		builds.publish(id, me);
		return details(id, me);
	}

	@PostMapping("/builds/{id}/promote")
	@Operation(summary = "Promote a live beta to stable through the gate; answers with the stable build (staff; "
			+ "an admin may override a failing gate with overrideReason)")
	BuildDetails promote(@PathVariable long id, @Valid @RequestBody(required = false) @Nullable Promotion promotion,
			@AuthenticationPrincipal SignedInMember me) {
		Build stable = builds.promote(id, (promotion != null) ? promotion : Promotion.plain(), me);
		return details(stable.id(), me);
	}

	@PostMapping("/builds/{id}/withdraw")
	@Operation(summary = "Withdraw a live beta; its posts go back, with the note (staff)")
	BuildDetails withdraw(@PathVariable long id, @Valid @RequestBody Withdrawal withdrawal,
			@AuthenticationPrincipal SignedInMember me) {
		builds.withdraw(id, withdrawal, me);
		return details(id, me);
	}

	@PutMapping("/builds/{id}/what-to-test")
	@Operation(summary = "Staff write a beta's What to Test (Markdown); an empty text gives the generated one back")
	BuildDetails whatToTest(@PathVariable long id, @Valid @RequestBody WhatToTestUpdate update,
			@AuthenticationPrincipal SignedInMember me) {
		builds.editWhatToTest(id, update.text(), me);
		return details(id, me);
	}

	/** The text of a beta's What to Test. */
	record WhatToTestUpdate(@NotNull @Size(max = 20000) String text) {
	}

	@PostMapping("/builds/{id}/bugs")
	@Operation(summary = "Report a bug found in a live beta build (testers and staff)")
	ResponseEntity<Post> reportBug(@PathVariable long id, @Valid @RequestBody BugReport report,
			@AuthenticationPrincipal SignedInMember me) {
		Post bug = builds.reportBug(id, report, me);
		return ResponseEntity.created(URI.create("/api/v1/posts/" + bug.id())).body(bug);
	}

	private BuildDetails details(long id, @Nullable SignedInMember viewer) {
		return builds.details(id, viewer, deliveries.of(id));
	}

}
