/**
 * Feedback from every channel: staff record what members told them elsewhere (support
 * chat, email, events) as those members' posts and votes, noting the source, so the
 * members are credited and hear back like anyone else; somebody known only by email is
 * invited to claim the account made for them.
 */
@ApplicationModule(displayName = "Channels", allowedDependencies = { "accounts", "products", "posts", "voting", "web" })
@NullMarked
package org.fanloop.channels;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
