package org.fanloop.notifications;

import jakarta.validation.constraints.NotNull;

/**
 * Which news a member also wants by email (all off until they opt in).
 */
public record Preferences(@NotNull Boolean emailOnStatus, @NotNull Boolean emailOnAnswers,
		@NotNull Boolean emailOnReleases) {

	static Preferences none() {
		return new Preferences(false, false, false);
	}

	boolean wants(NotificationKind kind) {
		return switch (kind) {
			case STATUS -> emailOnStatus;
			case ANSWER -> emailOnAnswers;
			case BETA, STABLE, REPORT, PROGRAMME -> emailOnReleases;
			case ASSIGNED, SESSION, FEEDBACK -> emailOnAnswers;
		};
	}

}
