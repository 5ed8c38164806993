package org.fanloop.releases;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.fanloop.posts.PostCard;
import org.jspecify.annotations.Nullable;

/**
 * A build as its page and {@code GET /api/v1/builds/{id}} show it: what it delivers and
 * who asked, its promotion gate (for a live beta), the bugs reported against it, how far
 * its notifications have got, and (for a published beta) what its testers' experience
 * reports add up to.
 */
public record BuildDetails(@JsonUnwrapped Build build, List<DeliveredPost> posts, @Nullable Gate gate,
		List<PostCard> bugs, @Nullable Delivery delivery, @Nullable ReportSummary reports, @Nullable Rollout rollout) {
}
