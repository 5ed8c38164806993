/**
 * Each product's beta programme: members apply, staff accept or decline, a product may
 * cap its testers. Testers see beta builds and report bugs against them.
 */
@ApplicationModule(displayName = "Testers", allowedDependencies = { "accounts", "products", "web" })
@NullMarked
package org.fanloop.testers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
