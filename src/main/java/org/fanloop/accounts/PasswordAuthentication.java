package org.fanloop.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Form login: checks a username and password and makes a {@link SignedInMember} the
 * principal, without keeping the password hash in the session.
 */
class PasswordAuthentication implements AuthenticationProvider {

	private final MemberService members;

	PasswordAuthentication(MemberService members) {
		this.members = members;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		String password = (credentials != null) ? credentials.toString() : "";
		try {
			return members.authenticate(username, password)
				.map(member -> UsernamePasswordAuthenticationToken.authenticated(member, null, Roles.of(member)))
				.orElseThrow(() -> new BadCredentialsException("The username or the password is wrong."));
		}
		catch (TooManyAttempts ex) {
			throw new LockedException(ex.detail());
		}
		catch (PasswordRefused ex) {
			throw new DisabledException(ex.detail());
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
