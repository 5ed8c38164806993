package org.fanloop.testers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/**
 * What staff set for their beta programme: open to applications, and an optional cap.
 */
public record ProgrammeSettings(@NotNull Boolean open, @Nullable @Min(1) @Max(1_000_000) Integer testerCap) {
}
