package org.fanloop.posts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A member's new post. The body is Markdown and may be empty.
 */
public record NewPost(
		@NotBlank @Pattern(regexp = PostKind.PATTERN, message = "must be one of idea, bug, question") String kind,
		@NotBlank @TitleLength String title, @Size(max = 20000) String body) {

	public NewPost {
		// The body is optional in requests.
		body = (body == null) ? "" : body;
	}

	NewPost trimmed() {
		return new NewPost(kind, title.strip().replaceAll("\\s+", " "), body.strip());
	}

}
