package org.fanloop.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.fanloop.accounts.SignedInMember;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A product's report thresholds for the promotion gate.
 */
@RestController
@Tag(name = "Experience reports")
class GateApiController {

	private final GateService gates;

	GateApiController(GateService gates) {
		this.gates = gates;
	}

	@GetMapping("/api/v1/products/{slug}/gate")
	@Operation(summary = "Staff: the product's report thresholds (null: not a rule)")
	GateThresholds thresholds(@PathVariable String slug, @AuthenticationPrincipal SignedInMember me) {
		return gates.thresholds(slug, me);
	}

	@PutMapping("/api/v1/products/{slug}/gate")
	@Operation(summary = "Staff: set the report thresholds; each null switches its rule off")
	GateThresholds save(@PathVariable String slug, @Valid @RequestBody GateThresholds thresholds,
			@AuthenticationPrincipal SignedInMember me) {
		return gates.save(slug, thresholds, me);
	}

}
