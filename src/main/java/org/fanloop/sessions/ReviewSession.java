package org.fanloop.sessions;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A review session. {@code place} is shown only to staff and invitees (null for others).
 */
public record ReviewSession(long id, long productId, String topic, Instant startsAt, String timeZone,
		int durationMinutes, @Nullable String place, int capacity, String createdBy, @Nullable String outcome,
		@Nullable String outcomeHtml, @Nullable Instant closedAt) {

	public Instant endsAt() {
		return startsAt.plusSeconds(durationMinutes * 60L);
	}

	public boolean upcoming(Instant now) {
		return closedAt == null && endsAt().isAfter(now);
	}

	ReviewSession withoutPlace() {
		return new ReviewSession(id, productId, topic, startsAt, timeZone, durationMinutes, null, capacity, createdBy,
				outcome, outcomeHtml, closedAt);
	}

}
