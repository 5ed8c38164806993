package org.fanloop.triage;

import org.fanloop.posts.PostKind;
import org.jspecify.annotations.Nullable;

/**
 * What the classifiers make of a new post: its likely kind and, where there are several
 * products, its likely product (its slug), each with a probability from 0 to 1; and what
 * staff said, once they did.
 */
public record Suggestion(long postId, PostKind kind, double kindConfidence, @Nullable String product,
		@Nullable Double productConfidence, @Nullable PostKind labelledKind, @Nullable String labelledProduct) {
}
