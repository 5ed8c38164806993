/**
 * Proving an email address: the verification link mailed at sign-up, and the
 * password-reset link mailed on request. Both are single use, expire, and are kept only
 * as hashes; their emails go out at once ({@code Postman}), never through the
 * notification queue that stores what it sends.
 */
@ApplicationModule(displayName = "Verification",
		allowedDependencies = { "accounts", "notifications", "web", "cluster" })
@NullMarked
package org.fanloop.verification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
