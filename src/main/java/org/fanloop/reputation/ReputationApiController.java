package org.fanloop.reputation;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reputation for API clients.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reputation")
class ReputationApiController {

	private final ReputationService reputation;

	private final ProductService products;

	ReputationApiController(ReputationService reputation, ProductService products) {
		this.reputation = reputation;
		this.products = products;
	}

	@GetMapping("/members/{username}/reputation")
	@Operation(summary = "A member's points, level, next level and how the points were earned")
	Reputation of(@PathVariable String username) {
		return reputation.of(username);
	}

	@GetMapping("/reputation/levels")
	@Operation(summary = "The levels' names and the points each starts at")
	List<ReputationSettings.Level> levels() {
		return reputation.levelList();
	}

	@PostMapping("/admin/reputation/recompute")
	@Operation(summary = "Recompute every member's points from the facts and compare with the ledger (admin)",
			description = "`differences`, `missing` and `extra` are empty when the ledger is right.")
	Recomputation recompute(@AuthenticationPrincipal SignedInMember me) {
		return reputation.recompute(me);
	}

	/** The level a product's beta applicants need. */
	record Requirement(@Nullable String minLevel) {
	}

	@GetMapping("/products/{slug}/beta-requirement")
	@Operation(summary = "The reputation level a member needs to apply to the product's beta (null: none)")
	Requirement requirement(@PathVariable String slug) {
		return new Requirement(reputation.minLevel(products.get(slug).id()));
	}

	@PutMapping("/products/{slug}/beta-requirement")
	@Operation(summary = "Set the level beta applicants need, by name (staff; null for none)")
	Requirement require(@PathVariable String slug, @RequestBody Requirement requirement,
			@AuthenticationPrincipal SignedInMember me) {
		return new Requirement(reputation.requireLevel(slug, requirement.minLevel(), me));
	}

}
