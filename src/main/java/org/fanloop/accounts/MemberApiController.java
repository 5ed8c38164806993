package org.fanloop.accounts;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
 * Sign-up and tokens for API clients.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
class MemberApiController {

	private final MemberService members;

	MemberApiController(MemberService members) {
		this.members = members;
	}

	@PostMapping("/members")
	@Operation(summary = "Sign up")
	ResponseEntity<Member> signUp(@Valid @RequestBody SignUp signUp) {
		Member member = members.signUp(signUp);
		return ResponseEntity.created(URI.create("/api/v1/members/" + member.username())).body(member);
	}

	@PostMapping("/tokens")
	@Operation(summary = "Log in: a personal access token for the Authorization: Bearer header",
			description = "The token is shown this once; only its hash is kept. An optional name tells "
					+ "the member's tokens apart.")
	ResponseEntity<TokenIssued> token(@Valid @RequestBody TokenRequest request) {
		return ResponseEntity.status(201)
			.body(new TokenIssued(members.issueToken(request.username(), request.password(), request.name())));
	}

	@GetMapping("/me/tokens")
	@Operation(summary = "The caller's tokens (names and dates, never the tokens)")
	List<PersonalToken> tokens(@AuthenticationPrincipal SignedInMember me) {
		return members.tokens(me);
	}

	@DeleteMapping("/me/tokens/{id}")
	@Operation(summary = "Revoke one of the caller's tokens",
			description = "At once on the node that answers; other nodes forget it within a minute.")
	ResponseEntity<Void> revoke(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		members.revokeToken(me, id);
		return ResponseEntity.noContent().build();
	}

	record TokenRequest(@NotBlank String username, @NotBlank String password, @Nullable @Size(max = 60) String name) {
	}

	record TokenIssued(String token) {
	}

}
