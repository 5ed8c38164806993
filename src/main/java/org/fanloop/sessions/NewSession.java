package org.fanloop.sessions;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A review session as staff plan it: {@code startsAt} is a local date and time
 * ({@code 2026-12-03T15:00}) in {@code timeZone}; {@code place} an address or a video
 * link; {@code posts} the posts it will discuss.
 */
public record NewSession(@NotBlank @Size(max = 200) String topic, @NotBlank String startsAt, @NotBlank String timeZone,
		@NotNull @Min(15) @Max(600) Integer durationMinutes, @NotBlank @Size(max = 500) String place,
		@NotNull @Min(1) @Max(1000) Integer capacity, @Nullable @Size(max = 50) List<Long> posts) {
}
