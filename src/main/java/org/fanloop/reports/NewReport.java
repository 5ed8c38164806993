package org.fanloop.reports;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A tester's experience report as submitted: a rating ({@code like}, {@code neutral},
 * {@code dislike}) for any of the posts the build delivers, keyed by post id; the best
 * and the worst of them; an overall score from 1 to 5; and a comment in Markdown.
 */
public record NewReport(@Nullable Map<String, String> ratings, @Nullable Long best, @Nullable Long worst,
		@NotNull @Min(1) @Max(5) Integer score, @Nullable @Size(max = 10000) String comment) {

	public NewReport {
		ratings = (ratings == null) ? Map.of() : ratings;
		comment = (comment == null) ? "" : comment;
	}

}
