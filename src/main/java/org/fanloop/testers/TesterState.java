package org.fanloop.testers;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a member's application to a beta programme stands.
 */
public enum TesterState {

	PENDING, ACCEPTED, DECLINED;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static TesterState of(String value) {
		return Arrays.stream(values())
			.filter(state -> state.value().equals(value))
			.findFirst()
			.orElseThrow(() -> new InvalidTesterState(value));
	}

}
