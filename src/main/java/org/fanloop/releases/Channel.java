package org.fanloop.releases;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

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
			.orElseThrow(() -> new InvalidChannel(value));
	}

}
