package org.fanloop.sessions;

import java.time.Instant;
import java.util.List;

/**
 * Staff invited members to a review session; each hears of it with the calendar file.
 */
public record SessionInvited(long sessionId, long productId, String productName, String topic, Instant startsAt,
		String timeZone, List<Long> memberIds, Instant at) {
}
