package org.fanloop.sessions;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What came of a review session: a note (Markdown) and status changes for the posts it
 * discussed, each with its own note; the posts' notes point back to the session.
 */
public record Outcome(@NotBlank @Size(max = 10000) String note, @Nullable @Valid List<Change> changes) {

	/** A discussed post moves to a status. */
	public record Change(@NotNull Long postId, @NotBlank String status, @NotBlank @Size(max = 1500) String note) {
	}

}
