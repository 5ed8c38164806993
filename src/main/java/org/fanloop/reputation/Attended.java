package org.fanloop.reputation;

import java.time.Instant;

/**
 * A member attended a review session (published by the module that runs them; the
 * reputation module defines it because that module depends on this one, not the other way
 * round). {@code attendanceId} is unique per member and session.
 */
public record Attended(long attendanceId, long productId, String username, Instant at) {
}
