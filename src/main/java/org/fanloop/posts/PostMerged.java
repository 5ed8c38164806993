package org.fanloop.posts;

import java.time.Instant;

/**
 * Staff merged a post into another of the same product. Published inside the merging
 * transaction: the voting module moves the voters there, in the same commit.
 */
public record PostMerged(long postId, long intoId, long productId, long mergedBy, Instant mergedAt) {
}
