package org.fanloop.testers;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One accepted tester and what they did with the product's last few betas.
 *
 * @param acceptedAt when staff (or an enrolment link) accepted them
 * @param lastActiveAt the last time they did anything with any of the product's betas
 * @param opened how many of the recent betas they opened
 * @param reported how many of them they reported on
 * @param bugs how many of them they filed bugs against
 * @param active whether they count: did any of these, or were accepted since the oldest
 * of the recent betas came out (no chance to yet)
 */
public record TesterActivity(String username, @Nullable Instant acceptedAt, @Nullable Instant lastActiveAt, int opened,
		int reported, int bugs, boolean active) {
}
