package org.fanloop.posts;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How bad a bug found in a build is; an open {@code blocker} stops the build's promotion.
 */
public enum Severity {

	BLOCKER, MAJOR, MINOR;

	/** The pattern Bean Validation checks requests against. */
	public static final String PATTERN = "blocker|major|minor";

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The severity called {@code value}; throws {@link InvalidFilter} for anything else.
	 */
	public static Severity of(String value) {
		return Arrays.stream(values())
			.filter(severity -> severity.value().equals(value))
			.findFirst()
			.orElseThrow(() -> new InvalidFilter("severity", value, PATTERN));
	}

}
