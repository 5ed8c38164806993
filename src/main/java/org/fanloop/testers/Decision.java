package org.fanloop.testers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Staff accept or decline an application.
 */
public record Decision(
		@NotBlank @Pattern(regexp = "accepted|declined", message = "must be accepted or declined") String state) {
}
