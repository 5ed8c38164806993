/**
 * Experience reports: each tester's verdict on a published beta build (a rating per
 * delivered post, the best and the worst of them, a score, a comment), their figures on
 * the build page, and the report thresholds they add to the promotion gate.
 */
@ApplicationModule(displayName = "Reports",
		allowedDependencies = { "accounts", "products", "posts", "releases", "testers", "web" })
@NullMarked
package org.fanloop.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
