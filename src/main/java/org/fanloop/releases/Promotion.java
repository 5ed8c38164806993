package org.fanloop.releases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Promoting a beta build: the stable version (the beta's when left out), stable notes
 * (the beta's when left out), for an admin overriding a failing gate the reason, and the
 * share of installations the stable build starts at (100 % when left out).
 */
public record Promotion(@Nullable @Size(max = 40) @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z.+_-]*",
		message = "may contain letters, digits, '.', '+', '_' and '-', and starts with a letter or digit") String version,
		@Nullable @Size(max = 20000) String notes, @Nullable @Size(max = 2000) String overrideReason,
		@Nullable @Min(1) @Max(100) Integer rolloutPercent) {

	public static Promotion plain() {
		return new Promotion(null, null, null, null);
	}

}
