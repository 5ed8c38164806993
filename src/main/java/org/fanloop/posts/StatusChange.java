package org.fanloop.posts;

import java.time.Instant;

/**
 * One step of a post's status timeline.
 */
public record StatusChange(PostStatus from, PostStatus to, String note, String noteHtml, String changedBy,
		Instant changedAt) {
}
