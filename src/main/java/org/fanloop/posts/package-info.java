/**
 * Posts (ideas, bugs, questions) on a product's board, their statuses and comments, and
 * the board listings.
 */
@ApplicationModule(displayName = "Posts", allowedDependencies = { "accounts", "products", "web" })
@NullMarked
package org.fanloop.posts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
