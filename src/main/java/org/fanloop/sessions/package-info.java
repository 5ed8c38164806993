/**
 * Review sessions: product meetings staff invite members to. The page suggests whom to
 * invite by their reputation with the product, invitees get an inbox notice and an
 * iCalendar file, accept or decline up to the capacity (a waitlist beyond it), and staff
 * record the outcome, moving the discussed posts with a note that points back to the
 * session. Those who came earn reputation.
 */
@ApplicationModule(displayName = "Review sessions",
		allowedDependencies = { "accounts", "products", "posts", "reputation", "web" })
@NullMarked
package org.fanloop.sessions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
