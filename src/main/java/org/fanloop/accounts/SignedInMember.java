package org.fanloop.accounts;

import java.io.Serializable;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The principal of a signed-in request, from a session or a bearer token. Kept small
 * because it is serialized into the session table; controllers take it with
 * {@code @AuthenticationPrincipal}.
 */
public record SignedInMember(long id, String username, boolean admin) implements AuthenticatedPrincipal, Serializable {

	@Override
	public String getName() {
		return username;
	}

}
