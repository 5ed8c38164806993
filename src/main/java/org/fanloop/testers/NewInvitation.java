package org.fanloop.testers;

import java.time.Instant;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

/**
 * An enrolment link to make: how many may use it (none: no cap of its own; the
 * programme's cap still holds), until when, whether it accepts at once or only applies,
 * and how many days a member must have been one to use it.
 */
public record NewInvitation(@Nullable @Min(1) @Max(1_000_000) Integer maxUses, @Nullable @Future Instant expiresAt,
		@Nullable Boolean autoAccept, @Nullable @Min(0) @Max(3650) Integer minMemberDays) {
}
