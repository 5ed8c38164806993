package org.fanloop.posts;

/**
 * Staff corrected a post's kind or moved it to another product (from the triage
 * suggestion or by hand).
 */
public record PostRetriaged(long postId, long fromProductId, long productId, PostKind fromKind, PostKind kind,
		long changedBy) {
}
