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
		String whatToTestHtml) {

	public boolean isPublicRelease() {
		return channel == Channel.STABLE && state == BuildState.PUBLISHED;
	}

	public boolean isLiveBeta() {
		return channel == Channel.BETA && state == BuildState.PUBLISHED;
	}

}
