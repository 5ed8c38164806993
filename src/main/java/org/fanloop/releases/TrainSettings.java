package org.fanloop.releases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A product's cadence: beta builds weekly on a weekday, stable every so many weeks.
 */
public record TrainSettings(
		@NotBlank @Pattern(regexp = "(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday",
				message = "must be a day of the week") String betaWeekday,
		@NotNull @Min(1) @Max(52) Integer stableEveryWeeks) {
}
