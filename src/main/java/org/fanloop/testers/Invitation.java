package org.fanloop.testers;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An enrolment link of a beta programme, as staff see it (the token itself is shown once,
 * when the link is made).
 */
public record Invitation(long id, long productId, @Nullable Integer maxUses, int uses, @Nullable Instant expiresAt,
		boolean autoAccept, @Nullable Integer minMemberDays, String createdBy, Instant createdAt,
		@Nullable Instant revokedAt) {

	/** Whether the link still enrols anybody now. */
	public boolean usable(Instant now) {
		return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt))
				&& (maxUses == null || uses < maxUses);
	}

}
