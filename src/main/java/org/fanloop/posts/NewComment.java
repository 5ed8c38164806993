package org.fanloop.posts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A reply on a post, in Markdown.
 */
public record NewComment(@NotBlank @Size(max = 10000) String body) {
}
