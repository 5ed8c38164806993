package org.fanloop.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A webhook to register: its URL, and a secret of at least 16 characters (one is made
 * when left out).
 */
public record NewWebhook(
		@NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+",
				message = "must be an http or https URL") String url,
		@Nullable @Size(min = 16, max = 200) String secret) {

	public NewWebhook {
		// An empty field on the form means "make one for me".
		secret = (secret == null || secret.isBlank()) ? null : secret;
	}

}
