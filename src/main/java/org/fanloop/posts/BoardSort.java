package org.fanloop.posts;

import java.util.Arrays;
import java.util.Locale;

/**
 * The orders of a board: most votes, trending (votes decayed by age), newest.
 */
public enum BoardSort {

	TOP, TRENDING, NEW;

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static BoardSort of(String value) {
		return Arrays.stream(values())
			.filter(sort -> sort.value().equals(value))
			.findFirst()
			.orElseThrow(() -> new InvalidFilter("sort", value, "top|trending|new"));
	}

}
