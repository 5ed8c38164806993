package org.fanloop.channels;

import java.time.Instant;

/**
 * Staff recorded a member's post ({@code vote} false) or vote from another channel; the
 * member hears of it.
 */
public record FeedbackRecorded(long postId, long productId, long memberId, boolean vote, String source,
		String enteredBy, Instant at) {
}
