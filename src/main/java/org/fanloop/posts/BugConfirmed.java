package org.fanloop.posts;

import java.time.Instant;

/**
 * Staff confirmed a bug for the first time (set its severity): its reporter's bug was
 * real.
 */
public record BugConfirmed(long postId, long productId, String authorName, Instant at) {
}
