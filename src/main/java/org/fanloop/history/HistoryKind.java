package org.fanloop.history;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The three lists of a member's history.
 */
enum HistoryKind {

	VOTES, COMMENTS, FOLLOWS;

	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<HistoryKind> of(String value) {
		return Arrays.stream(values()).filter(kind -> kind.value().equals(value)).findFirst();
	}

}
