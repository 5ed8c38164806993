/**
 * Finding posts by their words: an Apache Lucene index of every post (title, body,
 * comments; English and Chinese each analysed their own way) under the data folder, kept
 * current by listeners on the posts' events and rebuilt from the database when missing or
 * made by an older version.
 */
@ApplicationModule(displayName = "Search",
		allowedDependencies = { "accounts", "posts", "products", "web", "cluster", "meanings" })
@NullMarked
package org.fanloop.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
