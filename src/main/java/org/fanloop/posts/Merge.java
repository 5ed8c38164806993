package org.fanloop.posts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Staff merge a post into another: the post it duplicates, and a public note.
 */
public record Merge(@NotNull Long into, @Size(max = 2000) String note) {

	public Merge {
		// The note is optional in requests.
		note = (note == null) ? "" : note;
	}

}
