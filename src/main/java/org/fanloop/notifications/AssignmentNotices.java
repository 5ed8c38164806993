package org.fanloop.notifications;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fanloop.web.Words;
import org.fanloop.engagement.PostAssigned;
import org.fanloop.posts.PostCard;
import org.fanloop.posts.PostService;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A staff member given a post to answer hears of it (in the inbox; by email with answer
 * news), unless they took it themselves. Once per assignment: the key holds its time.
 */
@Component
class AssignmentNotices {

	private final Notifications notifications;

	private final EmailPreferences preferences;

	private final PostService posts;

	AssignmentNotices(Notifications notifications, EmailPreferences preferences, PostService posts) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.posts = posts;
	}

	@ApplicationModuleListener
	void on(PostAssigned assigned) {
		if (Objects.equals(assigned.assignedBy(), assigned.assigneeId())) {
			return;
		}
		List<PostCard> cards = posts.cards(List.of(assigned.postId()), null);
		if (cards.isEmpty()) {
			return;
		}
		String key = "assigned:" + assigned.postId() + ":" + assigned.at().toEpochMilli();
		if (!notifications.notified(key, List.of(assigned.assigneeId())).isEmpty()) {
			return;
		}
		Words title = Words.message("notification.assigned", cards.getFirst().title());
		Map<Long, Preferences> wishes = preferences.of(List.of(assigned.assigneeId()));
		notifications
			.insert(List.of(new Notifications.NewNotification(assigned.assigneeId(), key, NotificationKind.ASSIGNED,
					title, null, "/posts/" + assigned.postId(), assigned.postId(), null, assigned.at(),
					wishes.getOrDefault(assigned.assigneeId(), Preferences.none()).wants(NotificationKind.ASSIGNED))));
	}

}
