package org.fanloop.verification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fanloop.accounts.SignedInMember;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Password resets and email verification for API clients (the same links the emails
 * carry: a client may take the token from the link and send it here).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
class VerificationApiController {

	private final VerificationService verification;

	VerificationApiController(VerificationService verification) {
		this.verification = verification;
	}

	@PostMapping("/password-resets")
	@Operation(summary = "Forgot password: mail a reset link to the address",
			description = "202 whatever the address, registered or not; the link works once, for an hour.")
	ResponseEntity<Void> requestReset(@Valid @RequestBody ResetRequest request) {
		verification.requestReset(request.email());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/password-resets/{token}")
	@Operation(summary = "Set a new password with a reset link's token",
			description = "Uses the link up and ends every session and API token of the member.")
	ResponseEntity<Void> reset(@PathVariable String token, @Valid @RequestBody NewPassword request) {
		verification.reset(token, request.password());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/email-verifications/{token}")
	@Operation(summary = "Verify an email address with the token of the link mailed at sign-up")
	ResponseEntity<Void> verify(@PathVariable String token) {
		verification.verify(token);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/me/email-verifications")
	@Operation(summary = "Mail the caller a new verification link",
			description = "202, or 429 when the address had its share of emails this hour.")
	ResponseEntity<Void> resend(@AuthenticationPrincipal SignedInMember me) {
		verification.resendVerification(me);
		return ResponseEntity.accepted().build();
	}

	record ResetRequest(@NotBlank @Email @Size(max = 254) String email) {
	}

	record NewPassword(@NotBlank @Size(min = 8, max = 64) String password) {
	}

}
