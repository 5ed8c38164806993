package org.fanloop.rollouts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.releases.Rollout;
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
 * Staged rollouts and the product's updater.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Releases")
class RolloutApiController {

	private final RolloutService rollouts;

	RolloutApiController(RolloutService rollouts) {
		this.rollouts = rollouts;
	}

	@PutMapping("/builds/{id}/rollout")
	@Operation(
			summary = "Staff raise a stable build's rollout ({\"percent\"}), halt it ({\"halted\":true,\"reason\"}) or resume it")
	Rollout change(@PathVariable long id, @Valid @RequestBody RolloutChange change,
			@AuthenticationPrincipal SignedInMember me) {
		return rollouts.change(id, change, me);
	}

	@GetMapping("/products/{slug}/updates")
	@Operation(summary = "The product's updater: the newest build for this installation, or 204 when up to date")
	ResponseEntity<UpdateOffer> updates(@PathVariable String slug,
			@RequestParam(defaultValue = "stable") String channel, @RequestParam String installation,
			@RequestParam(required = false) @Nullable String current,
			@AuthenticationPrincipal @Nullable SignedInMember me) {
		return rollouts.offer(slug, channel, installation, current, me)
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

}
