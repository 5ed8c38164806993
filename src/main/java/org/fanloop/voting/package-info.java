/**
 * Votes: at most one per member and post, counted exactly without a row lock per vote.
 */
@ApplicationModule(displayName = "Voting", allowedDependencies = { "accounts", "posts", "products", "web" })
@NullMarked
package org.fanloop.voting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
