package org.fanloop.sso;

import org.jspecify.annotations.Nullable;

/**
 * Who another system says signed in: its issuer and subject, the email it gives and
 * whether it vouches for it, and a name to start a username from.
 */
record OutsideIdentity(String issuer, String subject, @Nullable String email, boolean emailVerified,
		@Nullable String name) {
}
