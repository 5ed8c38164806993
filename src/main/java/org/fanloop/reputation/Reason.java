package org.fanloop.reputation;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a member earned points. Each reason's subject is one thing (a post, a comment, a
 * report), so a member earns for it once.
 */
public enum Reason {

	/** Their idea reached a beta build. */
	IDEA_IN_BETA,

	/** Their idea shipped in a stable release. */
	IDEA_SHIPPED,

	/** Staff confirmed their bug (set its severity). */
	BUG_CONFIRMED,

	/** Their bug was fixed (shipped). */
	BUG_FIXED,

	/** Staff marked their comment helpful. */
	HELPFUL_COMMENT,

	/** They sent an experience report on a beta. */
	EXPERIENCE_REPORT,

	/** They attended a review session (accepted, and the session took place). */
	SESSION_ATTENDED;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Reason of(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
