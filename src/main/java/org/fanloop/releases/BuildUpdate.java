package org.fanloop.releases;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * New notes and posts for a draft build.
 */
public record BuildUpdate(@NotNull @Size(max = 20000) String notes,
		@NotNull @Size(max = 500) List<@NotNull Long> posts) {

	public BuildUpdate {
		posts = (posts == null) ? List.of() : posts.stream().distinct().toList();
	}

}
