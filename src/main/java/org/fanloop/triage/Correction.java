package org.fanloop.triage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.fanloop.posts.PostKind;
import org.jspecify.annotations.Nullable;

/**
 * What staff say a post is: its kind and, optionally, the product (slug) it belongs to.
 */
public record Correction(
		@NotBlank @Pattern(regexp = PostKind.PATTERN, message = "must be one of idea, bug, question") String kind,
		@Nullable String product) {
}
