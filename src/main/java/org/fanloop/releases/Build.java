package org.fanloop.releases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A versioned release of a product on a channel. {@code promotedTo} is the stable build a
 * beta became; {@code promotedFrom} the beta a stable build came from. A promotion that
 * overrode a failing gate keeps the admin's reason.
 */
public record Build(long id, long productId, String productSlug, String version, Channel channel, BuildState state,
		String notes, String notesHtml, String createdBy, Instant createdAt, @Nullable Instant publishedAt,
		@Nullable Instant withdrawnAt, @Nullable String withdrawnNote, @Nullable Long promotedFrom,
		@Nullable Long promotedTo, @Nullable String overrideReason, @Nullable String overriddenBy, String whatToTest,
		String whatToTestHtml, @Nullable Instant expiresAt) {

	public boolean isPublicRelease() {
		return channel == Channel.STABLE && state == BuildState.PUBLISHED;
	}

	/** A published beta that has not expired: testers report on it, staff promote it. */
	public boolean isLiveBeta() {
		return channel == Channel.BETA && state == BuildState.PUBLISHED && !isExpired();
	}

	/**
	 * A published beta past its age ({@code fanloop.releases.beta-expiry}, 90 days by
	 * default).
	 */
	public boolean isExpired() {
		return channel == Channel.BETA && state == BuildState.PUBLISHED && expiresAt != null
				&& !Instant.now().isBefore(expiresAt);
	}

}
