package org.fanloop.search;

import org.fanloop.posts.PostKind;
import org.fanloop.posts.PostStatus;

/**
 * An existing post like the one a member is writing, with how alike (higher is closer;
 * comparable only within one answer).
 */
public record SimilarPost(long id, String title, PostKind kind, PostStatus status, long voteCount, float score) {
}
