package org.fanloop.products;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a member who has not verified their email address may do on a product's board
 * beyond reading and voting, which everybody signed in may. The default lets them post:
 * an installation without a mail server could verify nobody.
 */
public enum UnverifiedMay {

	/** Post and comment. */
	POST,
	/** Comment, but not post. */
	COMMENT,
	/** Only read and vote. */
	VOTE;

	/** The pattern Bean Validation checks requests against. */
	public static final String PATTERN = "post|comment|vote";

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean mayPost() {
		return this == POST;
	}

	public boolean mayComment() {
		return this != VOTE;
	}

	/** The rule called {@code value}, if there is one. */
	public static Optional<UnverifiedMay> of(String value) {
		return Arrays.stream(values()).filter(rule -> rule.value().equals(value)).findFirst();
	}

}
