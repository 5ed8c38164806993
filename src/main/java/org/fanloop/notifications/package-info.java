/**
 * Closing the loop: everybody who wrote, voted on, commented on or follows a post hears
 * when it changes status, gets an official answer or reaches beta and stable, in the
 * inbox and by email if they asked (webhooks, for other tools, are a module of their
 * own). Driven by events from the transactional outbox, fanned out in batches.
 */
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "accounts", "products", "posts", "voting", "releases", "testers", "engagement",
				"sessions", "channels", "web" })
@NullMarked
package org.fanloop.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
