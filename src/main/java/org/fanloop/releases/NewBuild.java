package org.fanloop.releases;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A build as staff or the product's CI draft it: a version unique per product and
 * channel, the channel, release notes in Markdown and the posts it delivers.
 */
public record NewBuild(@NotBlank @Size(max = 40) @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z.+_-]*",
		message = "may contain letters, digits, '.', '+', '_' and '-', and starts with a letter or digit") String version,
		@NotBlank @Pattern(regexp = Channel.PATTERN, message = "must be beta or stable") String channel,
		@Size(max = 20000) String notes, @NotNull @Size(max = 500) List<@NotNull Long> posts) {

	public NewBuild {
		// Notes and posts are optional in requests.
		notes = (notes == null) ? "" : notes;
		posts = (posts == null) ? List.of() : posts.stream().distinct().toList();
	}

}
