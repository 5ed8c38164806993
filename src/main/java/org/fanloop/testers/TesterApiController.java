package org.fanloop.testers;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The beta programme for API clients.
 */
@RestController
@RequestMapping("/api/v1/products/{slug}")
@Tag(name = "Beta programme")
class TesterApiController {

	private final TesterService testers;

	private final ProductService products;

	TesterApiController(TesterService testers, ProductService products) {
		this.testers = testers;
		this.products = products;
	}

	@GetMapping("/beta-programme")
	@Operation(summary = "The product's beta programme: open, cap, number of testers")
	BetaProgramme programme(@PathVariable String slug) {
		return testers.programme(products.get(slug).id());
	}

	@PutMapping("/beta-programme")
	@Operation(summary = "Open or close the programme and set its cap (staff)")
	BetaProgramme configure(@PathVariable String slug, @Valid @RequestBody ProgrammeSettings settings,
			@AuthenticationPrincipal SignedInMember me) {
		return testers.configure(slug, settings, me);
	}

	@PostMapping("/testers")
	@Operation(summary = "Apply to the beta programme (the caller); 201 when new, 200 when applied already")
	ResponseEntity<Application> apply(@PathVariable String slug, @AuthenticationPrincipal SignedInMember me) {
		TesterService.Applied applied = testers.applyOnce(slug, me);
		URI location = URI.create("/api/v1/products/" + slug + "/testers/" + me.username());
		return applied.created() ? ResponseEntity.created(location).body(applied.application())
				: ResponseEntity.ok(applied.application());
	}

	@GetMapping("/testers")
	@Operation(summary = "Applications and testers, oldest first (staff); state filters")
	List<Application> applications(@PathVariable String slug, @RequestParam(required = false) @Nullable String state,
			@AuthenticationPrincipal SignedInMember me) {
		return testers.applications(slug, (state != null) ? TesterState.of(state) : null, me);
	}

	@GetMapping("/testers/activity")
	@Operation(summary = "Who of the testers is active on the last few betas (staff)",
			description = "A tester is active who opened, reported on or filed a bug against one of the product's "
					+ "last `betas` published betas, or was accepted since the oldest of them came out. "
					+ "Inactive testers count toward neither the cap nor the report quorum.")
	ProgrammeActivity activity(@PathVariable String slug, @AuthenticationPrincipal SignedInMember me) {
		return testers.activity(slug, me);
	}

	@PostMapping("/testers/prune")
	@Operation(summary = "Remove every inactive tester, each with a notice (staff)")
	Pruned prune(@PathVariable String slug, @AuthenticationPrincipal SignedInMember me) {
		return new Pruned(testers.prune(slug, me));
	}

	/** The usernames of the testers a prune removed. */
	record Pruned(List<String> removed) {
	}

	@PutMapping("/testers/{username}")
	@Operation(summary = "Accept or decline an application (staff)")
	Application decide(@PathVariable String slug, @PathVariable String username, @Valid @RequestBody Decision decision,
			@AuthenticationPrincipal SignedInMember me) {
		return testers.decide(slug, username, TesterState.of(decision.state()), me);
	}

	@DeleteMapping("/testers/{username}")
	@Operation(summary = "Leave the programme (the tester) or remove a tester (staff)")
	ResponseEntity<Void> leave(@PathVariable String slug, @PathVariable String username,
			@AuthenticationPrincipal SignedInMember me) {
		testers.leave(slug, username, me);
		return ResponseEntity.noContent().build();
	}

}
