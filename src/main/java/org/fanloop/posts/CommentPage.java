package org.fanloop.posts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Some of a post's comments, oldest first, and where the next ones start: after the
 * comment with id {@code nextAfter} (none when these are the last).
 */
public record CommentPage(List<Comment> items, @Nullable Long nextAfter) {
}
