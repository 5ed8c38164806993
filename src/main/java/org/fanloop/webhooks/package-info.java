/**
 * Webhooks: other tools hear about new posts, status changes and builds through signed
 * {@code POST}s, retried with backoff, sent only to addresses that pass the SSRF guard.
 * Driven by events from the transactional outbox.
 */
@ApplicationModule(displayName = "Webhooks", allowedDependencies = { "accounts", "posts", "releases", "web" })
@NullMarked
package org.fanloop.webhooks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
