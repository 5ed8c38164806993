package org.fanloop.testers;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

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
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'" + value + "' is not a state: pending, accepted or declined."));
	}

}
