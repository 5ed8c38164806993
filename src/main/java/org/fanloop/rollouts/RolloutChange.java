package org.fanloop.rollouts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Staff move a stable build's rollout: {@code {"percent": 50}} raises it,
 * {@code {"halted": true, "reason": "…"}} halts it, {@code {"halted": false}} resumes it.
 */
public record RolloutChange(@Nullable @Min(1) @Max(100) Integer percent, @Nullable Boolean halted,
		@Nullable @Size(max = 2000) String reason) {
}
