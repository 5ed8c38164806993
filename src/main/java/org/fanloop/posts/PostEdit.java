package org.fanloop.posts;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A post's new title and body (a field left out stays as it was).
 */
public record PostEdit(
		@Nullable @TitleLength @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String title,
		@Nullable @Size(max = 20000) String body) {
}
