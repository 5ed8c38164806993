package org.fanloop.sessions;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A member invited to a review session and their answer: {@code invited},
 * {@code accepted}, {@code waitlisted} or {@code declined}.
 */
public record Invitee(String username, String state, Instant invitedAt, @Nullable Instant answeredAt) {
}
