package org.fanloop.posts;

import java.time.Instant;
import java.util.List;

/**
 * Staff undid a merge. Published inside the undoing transaction: the voting module takes
 * back from the target exactly the voters the merge brought, except those another post
 * still merged there ({@code stillMerged}) brings too.
 */
public record PostUnmerged(long postId, long intoId, long productId, List<Long> stillMerged, long undoneBy,
		Instant undoneAt) {
}
