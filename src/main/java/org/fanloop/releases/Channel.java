package org.fanloop.releases;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where a build goes: to the beta testers, or to everybody.
 */
public enum Channel {

	BETA, STABLE;

	public static final String PATTERN = "beta|stable";

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Channel of(String value) {
		return Arrays.stream(values())
			.filter(channel -> channel.value().equals(value))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'" + value + "' is not a channel: beta or stable."));
	}

}
