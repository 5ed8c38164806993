package org.fanloop.posts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Staff move a post to a new status and say why, publicly (Markdown).
 */
public record StatusUpdate(
		@NotBlank @Pattern(regexp = PostStatus.SETTABLE_PATTERN,
				message = "must be one of open, under_review, planned, in_beta, shipped, declined") String status,
		@NotBlank @Size(max = 2000) String note) {
}
