package org.fanloop.notifications;

import java.util.List;
import java.util.Map;

import org.fanloop.web.Words;
import org.fanloop.accounts.MemberInvited;
import org.fanloop.channels.FeedbackRecorded;
import org.fanloop.posts.PostCard;
import org.fanloop.posts.PostService;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Members hear that staff recorded their feedback from another channel; somebody who had
 * no account gets one email with the link to claim it (whatever their preferences: they
 * had no chance to set any, and it is the only way in).
 */
@Component
class FeedbackNotices {

	private final Notifications notifications;

	private final EmailPreferences preferences;

	private final PostService posts;

	FeedbackNotices(Notifications notifications, EmailPreferences preferences, PostService posts) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.posts = posts;
	}

	@ApplicationModuleListener
	void on(MemberInvited invited) {
		String key = "claim:" + invited.memberId();
		if (!notifications.notified(key, List.of(invited.memberId())).isEmpty()) {
			return;
		}
		Words title = Words.message("notification.claim", invited.invitedBy());
		notifications
			.insert(List.of(new Notifications.NewNotification(invited.memberId(), key, NotificationKind.FEEDBACK, title,
					null, "/claim/" + invited.token(), null, null, java.time.Instant.now(), true)));
	}

	@ApplicationModuleListener
	void on(FeedbackRecorded recorded) {
		String key = (recorded.vote() ? "vote-for:" : "post-for:") + recorded.postId();
		if (!notifications.notified(key, List.of(recorded.memberId())).isEmpty()) {
			return;
		}
		List<PostCard> cards = posts.cards(List.of(recorded.postId()), null);
		if (cards.isEmpty()) {
			return;
		}
		Words title = Words.message(recorded.vote() ? "notification.vote-for" : "notification.post-for",
				recorded.enteredBy(), cards.getFirst().title(), recorded.source());
		Map<Long, Preferences> wishes = preferences.of(List.of(recorded.memberId()));
		notifications
			.insert(List.of(new Notifications.NewNotification(recorded.memberId(), key, NotificationKind.FEEDBACK,
					title, null, "/posts/" + recorded.postId(), recorded.postId(), null, recorded.at(),
					wishes.getOrDefault(recorded.memberId(), Preferences.none()).wants(NotificationKind.FEEDBACK))));
	}

}
