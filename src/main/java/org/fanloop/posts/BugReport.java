package org.fanloop.posts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A tester's bug report against a build: what went wrong and how bad it is.
 */
public record BugReport(@NotBlank @TitleLength String title, @Size(max = 20000) String body,
		@NotBlank @Pattern(regexp = Severity.PATTERN,
				message = "must be one of blocker, major, minor") String severity) {

	public BugReport {
		// The body is optional in requests.
		body = (body == null) ? "" : body;
	}

	NewPost asPost() {
		return new NewPost(PostKind.BUG.value(), title, body);
	}

}
