/**
 * A member's own history: the posts they voted on, commented on and follow, with each
 * post's status, so "what happened to the ideas I supported" is one page (the profile)
 * and one call each ({@code /api/v1/me/votes|comments|follows}). Votes and follows are
 * the member's and staff's to see unless the member makes their votes public.
 */
@ApplicationModule(displayName = "History",
		allowedDependencies = { "accounts", "products", "posts", "voting", "notifications", "web" })
@NullMarked
package org.fanloop.history;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
