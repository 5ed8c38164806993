/**
 * Members, their sign-in (form login with server sessions for pages, personal access
 * tokens for the API) and the admin role.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "web", "cluster" })
@NullMarked
package org.fanloop.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
