package org.fanloop.posts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A comment's new body.
 */
public record CommentEdit(@NotBlank @Size(max = 10000) String body) {
}
