/**
 * Staged stable rollouts: the share of installations a stable build is offered to, halted
 * and resumed by staff with its history, and the product's own updater asking which build
 * an installation should run.
 */
@ApplicationModule(displayName = "Rollouts",
		allowedDependencies = { "accounts", "products", "releases", "testers", "web" })
@NullMarked
package org.fanloop.rollouts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
