package org.fanloop.sso;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.fanloop.accounts.SignedInMember;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The installation's single sign-on rule through the API (admins).
 */
@RestController
@RequestMapping("/api/v1/admin/sso")
@Tag(name = "Single sign-on")
class SsoApiController {

	private final SsoPolicy policy;

	SsoApiController(SsoPolicy policy) {
		this.policy = policy;
	}

	@GetMapping
	@Operation(summary = "The configured providers, whether a company's site may sign users in, "
			+ "and whether staff must use single sign-on (admin)")
	SsoPolicy.SsoState state(@AuthenticationPrincipal @Nullable SignedInMember me) {
		if (me == null) {
			throw new AuthenticationCredentialsNotFoundException("Sign in first.");
		}
		return policy.state(me);
	}

	@PutMapping
	@Operation(summary = "Keep staff to single sign-on, or let them use passwords again (admin); "
			+ "409 when no provider is configured")
	SsoPolicy.SsoState change(@Valid @RequestBody Change change, @AuthenticationPrincipal @Nullable SignedInMember me) {
		if (me == null) {
			throw new AuthenticationCredentialsNotFoundException("Sign in first.");
		}
		return policy.requireForStaff(change.requireForStaff(), me);
	}

	/** Whether admins and product staff must sign in through a provider. */
	record Change(@NotNull Boolean requireForStaff) {
	}

}
