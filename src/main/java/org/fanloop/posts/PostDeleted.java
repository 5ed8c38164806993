package org.fanloop.posts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Staff deleted a post. Published inside the deleting transaction, before the post's row
 * goes: each module that keeps rows about the post (votes, follows, screenshots) deletes
 * them in a plain synchronous listener, so the post and everything about it go together
 * or not at all.
 */
public record PostDeleted(long postId, long productId, @Nullable Long foundInBuild, long deletedBy, Instant at) {
}
