package org.fanloop.posts;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a post stands: open → under_review → planned → in_beta → shipped, or declined. A
 * duplicate merged into another post is merged.
 */
public enum PostStatus {

	OPEN, UNDER_REVIEW, PLANNED, IN_BETA, SHIPPED, DECLINED, MERGED;

	/** The statuses staff may set with a note; merged is reached only by merging. */
	public static final String SETTABLE_PATTERN = "open|under_review|planned|in_beta|shipped|declined";

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The status called {@code value}; throws {@link InvalidFilter} for anything else.
	 */
	public static PostStatus of(String value) {
		return Arrays.stream(values())
			.filter(status -> status.value().equals(value))
			.findFirst()
			.orElseThrow(() -> new InvalidFilter("status", value, SETTABLE_PATTERN + "|merged"));
	}

}
