/**
 * The release train: each product's weekly beta builds and their promotion to stable
 * through a gate, the posts they deliver, the changelog that credits who asked, and lead
 * times.
 */
@ApplicationModule(displayName = "Releases",
		allowedDependencies = { "accounts", "products", "posts", "voting", "testers", "web", "cluster" })
@NullMarked
package org.fanloop.releases;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
