package org.fanloop.notifications;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fanloop.web.Words;
import org.fanloop.sessions.SessionInvited;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Members invited to a review session hear of it in the inbox (and by email with answer
 * news), with the time in the session's zone and the link to its calendar file. Once per
 * member and session.
 */
@Component
class SessionNotices {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final Notifications notifications;

	private final EmailPreferences preferences;

	private final NotificationSettings settings;

	SessionNotices(Notifications notifications, EmailPreferences preferences, NotificationSettings settings) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(SessionInvited invited) {
		String key = "session:" + invited.sessionId();
		List<Long> members = new ArrayList<>(invited.memberIds());
		members.removeAll(notifications.notified(key, members));
		if (members.isEmpty()) {
			return;
		}
		String when = WHEN.format(invited.startsAt().atZone(ZoneId.of(invited.timeZone()))) + " (" + invited.timeZone()
				+ ")";
		Words title = Words.message("notification.session", invited.productName(), invited.topic(), when);
		Words detail = Words.message("notification.session.calendar",
				settings.baseUrl() + "/sessions/" + invited.sessionId() + "/invite.ics");
		Map<Long, Preferences> wishes = preferences.of(members);
		notifications.insert(members.stream()
			.map(member -> new Notifications.NewNotification(member, key, NotificationKind.SESSION, title, detail,
					"/sessions/" + invited.sessionId(), null, null, invited.at(),
					wishes.getOrDefault(member, Preferences.none()).wants(NotificationKind.SESSION)))
			.toList());
	}

}
