/**
 * Reputation: points members earn when their ideas ship, their bugs are confirmed and
 * fixed, staff mark their comments helpful and they send experience reports; named levels
 * by points, shown beside names and on profiles; a level a product may ask of its beta
 * applicants. Points are awarded from events into a ledger and can be recomputed from the
 * facts the other modules keep, which must agree.
 */
@ApplicationModule(displayName = "Reputation",
		allowedDependencies = { "accounts", "products", "posts", "reports", "testers", "web" })
@NullMarked
package org.fanloop.reputation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
