/**
 * Engagement: every member's post waits in the team's queue until a staff member answers
 * it (an official comment or a status change); the queue is spread over the team in turn,
 * each product promises a first-response time, and the team's figures (first answers,
 * medians, share within the promise, weekly goals) are measured from stored facts.
 */
@ApplicationModule(displayName = "Engagement",
		allowedDependencies = { "accounts", "products", "posts", "web", "cluster" })
@NullMarked
package org.fanloop.engagement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
