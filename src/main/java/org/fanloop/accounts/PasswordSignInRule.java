package org.fanloop.accounts;

import org.fanloop.web.Words;

import java.util.Optional;

/**
 * A rule another module adds to signing in with a password (the single sign-on module
 * refuses staff when the installation requires them to use it): why this member may not,
 * or empty.
 */
public interface PasswordSignInRule {

	Optional<Words> refuse(SignedInMember member);

}
