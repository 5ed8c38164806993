/**
 * Single sign-on: OpenID Connect providers the operator configures (Spring Security's
 * OAuth2 client), a signed identity a company's own site passes (a JWT signed with a
 * shared secret), the link between an outside identity and a member, and the rule that
 * staff sign in through a provider when the installation asks.
 */
@ApplicationModule(displayName = "Single sign-on", allowedDependencies = { "accounts", "products", "web" })
@NullMarked
package org.fanloop.sso;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
