package org.fanloop.posts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What staff do to a post or comment: hide it, lock it (no new comments), mark it spam,
 * or restore it (shown and unlocked). Comments can be hidden and restored.
 */
public enum ModerationAction {

	HIDE, LOCK, SPAM, RESTORE;

	/** The pattern Bean Validation checks requests against. */
	public static final String PATTERN = "hide|lock|spam|restore";

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ModerationAction> of(String value) {
		return Arrays.stream(values()).filter(action -> action.value().equals(value)).findFirst();
	}

}
