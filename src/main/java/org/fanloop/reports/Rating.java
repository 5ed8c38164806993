package org.fanloop.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A tester's rating of one post a build delivers.
 */
public enum Rating {

	LIKE, NEUTRAL, DISLIKE;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<Rating> of(String value) {
		return Arrays.stream(values()).filter(rating -> rating.value().equals(value)).findFirst();
	}

}
