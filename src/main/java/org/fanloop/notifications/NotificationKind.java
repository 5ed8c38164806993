package org.fanloop.notifications;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a notification is about; each kind has its own email preference.
 */
public enum NotificationKind {

	STATUS, ANSWER, BETA, STABLE,

	/** A beta for the product's testers to report on. */
	REPORT,

	/** The member's place in a beta programme changed (removed as inactive). */
	PROGRAMME,

	/** A post in the team's queue was given to this staff member to answer. */
	ASSIGNED,

	/** An invitation to a review session. */
	SESSION,

	/**
	 * Staff recorded the member's feedback from another channel (or made them an account
	 * for it).
	 */
	FEEDBACK;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static NotificationKind of(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
