package org.fanloop.releases;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * draft → published → promoted (a beta build that went to stable) or withdrawn (a bad
 * beta).
 */
public enum BuildState {

	DRAFT, PUBLISHED, WITHDRAWN, PROMOTED;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static BuildState of(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
