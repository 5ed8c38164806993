package org.fanloop.posts;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a post is: an idea, a bug report or a question.
 */
public enum PostKind {

	IDEA, BUG, QUESTION;

	/** The pattern Bean Validation checks requests against. */
	public static final String PATTERN = "idea|bug|question";

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The kind called {@code value} ({@code idea}, {@code bug}, {@code question}); throws
	 * {@link InvalidFilter} for anything else.
	 */
	public static PostKind of(String value) {
		return Arrays.stream(values())
			.filter(kind -> kind.value().equals(value))
			.findFirst()
			.orElseThrow(() -> new InvalidFilter("kind", value, PATTERN));
	}

}
