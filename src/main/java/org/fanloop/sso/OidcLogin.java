package org.fanloop.sso;

import org.fanloop.accounts.Member;
import org.fanloop.accounts.PageSecurityCustomizer;
import org.fanloop.accounts.WebSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the OpenID Connect providers the operator configured: Spring Security
 * runs the authorization-code flow and checks the ID token (signature, issuer, audience,
 * nonce, expiry); this then signs the member in as any other, so the rest of Fanloop sees
 * the same principal whichever way they came. Without configured providers it adds
 * nothing.
 */
@Component
class OidcLogin implements PageSecurityCustomizer {

	private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	private final SsoService sso;

	private final WebSignIn webSignIn;

	OidcLogin(ObjectProvider<ClientRegistrationRepository> registrations, SsoService sso, WebSignIn webSignIn) {
		this.registrations = registrations;
		this.sso = sso;
		this.webSignIn = webSignIn;
	}

	@Override
	public void customize(HttpSecurity http) throws Exception {
		if (registrations.getIfAvailable() == null) {
			return;
		}
		http.oauth2Login(login -> login.loginPage("/login").successHandler((request, response, authentication) -> {
			if (!(authentication.getPrincipal() instanceof OidcUser user)) {
				response.sendRedirect("/login?error=sso-failed");
				return;
			}
			try {
				Member member = sso.signIn(new OutsideIdentity(user.getIssuer().toString(), user.getSubject(),
						user.getEmail(), Boolean.TRUE.equals(user.getEmailVerified()), user.getPreferredUsername()));
				webSignIn.signIn(member, request, response);
				response.sendRedirect("/");
			}
			catch (SsoRefused ex) {
				request.getSession().invalidate();
				response.sendRedirect("/login?error=sso-failed");
			}
		}).failureHandler((request, response, ex) -> {
			log.info("A single sign-on failed: {}", ex.getMessage());
			response.sendRedirect("/login?error=sso-failed");
		}));
	}

}
