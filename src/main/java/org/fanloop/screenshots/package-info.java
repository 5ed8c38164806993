/**
 * Screenshots on bug reports against a build and on experience reports: checked and
 * re-encoded with a real image library (so no metadata survives), kept as files under the
 * data folder with only their metadata in the database, and served only to those who may
 * see the build.
 */
@ApplicationModule(displayName = "Screenshots",
		allowedDependencies = { "accounts", "products", "posts", "releases", "reports", "web" })
@NullMarked
package org.fanloop.screenshots;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
