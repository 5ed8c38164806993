package org.fanloop.voting;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Weighted votes for API clients (staff).
 */
@RestController
@RequestMapping("/api/v1/products/{slug}")
@Tag(name = "Weighted votes")
class VoteWeightApiController {

	private final VoteWeights weights;

	private final ProductService products;

	VoteWeightApiController(VoteWeights weights, ProductService products) {
		this.weights = weights;
		this.products = products;
	}

	@GetMapping("/vote-weights")
	@Operation(summary = "What the product weighs votes by (staff); 204 when it does not")
	ResponseEntity<VoteWeights.Weights> get(@PathVariable String slug, @AuthenticationPrincipal SignedInMember me) {
		products.requireStaff(products.get(slug).id(), me, "see how it weighs votes");
		return weights.weights(products.get(slug).id())
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PutMapping("/vote-weights")
	@Operation(summary = "Weigh votes by a member attribute: a weight per value, 1 for members without one (staff)")
	VoteWeights.Weights save(@PathVariable String slug, @Valid @RequestBody VoteWeights.Weights body,
			@AuthenticationPrincipal SignedInMember me) {
		return weights.saveWeights(slug, body, me);
	}

	/** A member's value of the product's attribute. */
	record Attribute(@Nullable String value) {
	}

	@PutMapping("/members/{username}/attribute")
	@Operation(summary = "Set a member's value of the attribute votes are weighed by, or clear it with null (staff)")
	Attribute setAttribute(@PathVariable String slug, @PathVariable String username, @RequestBody Attribute attribute,
			@AuthenticationPrincipal SignedInMember me) {
		return new Attribute(weights.setAttribute(slug, username, attribute.value(), me));
	}

	@GetMapping("/weighted")
	@Operation(summary = "Posts by weighted score, each with its plain vote count beside it (staff)")
	List<VoteWeights.WeightedPost> ranking(@PathVariable String slug, @RequestParam(defaultValue = "50") int limit,
			@AuthenticationPrincipal SignedInMember me) {
		return weights.ranking(slug, limit, me);
	}

}
