package org.fanloop.screenshots;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A screenshot on a bug ({@code postId}) or on an experience report ({@code reporter},
 * the tester whose report it is), both about one build.
 *
 * @param url where the API serves it (pages use {@code /screenshots/{id}})
 * @param contentType {@code image/png} or {@code image/jpeg}: what it was re-encoded to
 * (a WebP upload is kept as PNG)
 */
public record Screenshot(long id, long buildId, @Nullable Long postId, @Nullable String reporter, String uploadedBy,
		String contentType, int width, int height, long bytes, Instant createdAt, String url) {
}
