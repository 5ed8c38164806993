/**
 * Moderation: members flag posts and comments to staff; staff hide, lock, mark spam and
 * restore (the posts module applies it), and every action lands in the product's
 * moderation log with who, why and what it said.
 */
@ApplicationModule(displayName = "Moderation", allowedDependencies = { "accounts", "products", "posts", "web" })
@NullMarked
package org.fanloop.moderation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
