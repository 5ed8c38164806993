package org.fanloop.sso;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fanloop.web.Words;
import org.fanloop.accounts.Member;
import org.fanloop.accounts.WebSignIn;
import org.fanloop.web.LocalPaths;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A company's own site signs its users in to Fanloop without a second account: it links
 * to {@code /sso/identify?token=<JWT>&return=/path}, the JWT (HS256) signed with the
 * shared secret and holding {@code sub} (the user's id there), {@code email}, optionally
 * {@code name}, and an {@code exp} at most {@link SsoSettings#identifyMaxAge()} after its
 * {@code iat}. The company vouches for the address, as a provider's
 * {@code email_verified} does.
 */
@Controller
class IdentifyController {

	static final String ISSUER = "identify";

	private final @Nullable JwtDecoder decoder;

	private final SsoService sso;

	private final WebSignIn webSignIn;

	private final SsoSettings settings;

	IdentifyController(SsoSettings settings, SsoService sso, WebSignIn webSignIn) {
		this.settings = settings;
		this.sso = sso;
		this.webSignIn = webSignIn;
		String secret = settings.identifySecret();
		this.decoder = (secret == null || secret.isBlank()) ? null
				: NimbusJwtDecoder
					.withSecretKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
					.macAlgorithm(MacAlgorithm.HS256)
					.build();
	}

	@GetMapping("/sso/identify")
	String identify(@RequestParam(defaultValue = "") String token,
			@RequestParam(name = "return", required = false) @Nullable String back, HttpServletRequest request,
			HttpServletResponse response) {
		Member member = sso.signIn(identity(token));
		webSignIn.signIn(member, request, response);
		String path = (back != null) ? LocalPaths.relative(back) : null;
		return "redirect:" + ((path != null) ? path : "/");
	}

	private OutsideIdentity identity(String token) {
		if (decoder == null) {
			throw new SsoRefused(Words.of("identify-off"));
		}
		Jwt jwt;
		try {
			jwt = decoder.decode(token);
		}
		catch (JwtException ex) {
			throw new SsoRefused(Words.of("identity-invalid"));
		}
		Instant issued = jwt.getIssuedAt();
		Instant expires = jwt.getExpiresAt();
		if (issued == null || expires == null || expires.isAfter(issued.plus(settings.identifyMaxAge()))
				|| jwt.getSubject() == null) {
			throw new SsoRefused(Words.of("identity-claims", settings.identifyMaxAge().toMinutes()));
		}
		return new OutsideIdentity(ISSUER, jwt.getSubject(), jwt.getClaimAsString("email"), true,
				jwt.getClaimAsString("name"));
	}

}
