/**
 * Bringing an installation to life: the first admin (from the environment or the one-time
 * setup page) and the demo community.
 */
@ApplicationModule(displayName = "Installation",
		allowedDependencies = { "accounts", "products", "posts", "voting", "testers", "releases", "engagement",
				"sessions", "reputation" })
@NullMarked
package org.fanloop.installation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
