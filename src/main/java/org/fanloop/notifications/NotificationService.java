package org.fanloop.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.PostActivity;
import org.fanloop.posts.PostService;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's side of notifications: the inbox, email preferences, following and muting
 * posts, unsubscribing.
 */
@Service
public class NotificationService {

	private static final int PAGE = 30;

	private final Notifications notifications;

	private final EmailPreferences preferences;

	private final Follows follows;

	private final PostService posts;

	private final UnsubscribeLinks unsubscribeLinks;

	NotificationService(Notifications notifications, EmailPreferences preferences, Follows follows, PostService posts,
			UnsubscribeLinks unsubscribeLinks) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.follows = follows;
		this.posts = posts;
		this.unsubscribeLinks = unsubscribeLinks;
	}

	/**
	 * A page of the member's inbox, newest first; {@code cursor} is the previous page's
	 * {@code nextCursor}.
	 */
	public Inbox inbox(SignedInMember member, @Nullable String cursor) {
		Long after = null;
		if (cursor != null && !cursor.isBlank()) {
			try {
				after = Long.parseLong(cursor);
			}
			catch (NumberFormatException ex) {
				throw new InvalidNotificationRequest("cursor", Words.of("inbox-cursor"));
			}
		}
		List<Notification> page = notifications.inbox(member.id(), after, PAGE + 1, LocaleContextHolder.getLocale());
		String next = (page.size() > PAGE) ? String.valueOf(page.get(PAGE - 1).id()) : null;
		return new Inbox(page.subList(0, Math.min(PAGE, page.size())), notifications.unread(member.id()), next);
	}

	/**
	 * Marks the member's notification read and gives its link (empty if it is not
	 * theirs).
	 */
	@Transactional
	public Optional<String> open(long id, SignedInMember member) {
		notifications.markRead(member.id(), List.of(id), Instant.now());
		return notifications.linkOf(member.id(), id);
	}

	public long unread(SignedInMember member) {
		return notifications.unread(member.id());
	}

	/**
	 * Marks these notifications read ({@code null}: all of them); returns how many
	 * changed.
	 */
	@Transactional
	public int markRead(SignedInMember member, @Nullable Collection<Long> ids) {
		return notifications.markRead(member.id(), ids, Instant.now());
	}

	public Preferences preferences(SignedInMember member) {
		return preferences.of(member.id()).orElseGet(Preferences::none);
	}

	@Transactional
	public Preferences savePreferences(SignedInMember member, Preferences wishes) {
		preferences.save(member.id(), wishes);
		if (!wishes.emailOnStatus() && !wishes.emailOnAnswers() && !wishes.emailOnReleases()) {
			notifications.cancelEmails(member.id());
		}
		return wishes;
	}

	/**
	 * The posts the member follows, newest follow first: at most {@code limit}, after
	 * {@code before} when given.
	 */
	public List<PostActivity> followedBy(long memberId, PostActivity.@Nullable Before before, int limit) {
		return follows.followedBy(memberId, before, limit);
	}

	/**
	 * Follow a post (hear about it without voting or commenting), or mute it (hear
	 * nothing about it any more).
	 */
	@Transactional
	public FollowState follow(long postId, boolean following, SignedInMember member) {
		posts.requireVotable(postId);
		follows.set(member.id(), postId, following, Instant.now());
		return followState(postId, member);
	}

	public FollowState followState(long postId, SignedInMember member) {
		return new FollowState(postId, follows.of(member.id(), postId).orElse(null));
	}

	/**
	 * One-click unsubscribe from an email link: turns every email preference off. Throws
	 * 400 for a forged or broken token.
	 */
	@Transactional
	public void unsubscribe(String token) {
		long member = unsubscribeLinks.memberOf(token)
			.orElseThrow(() -> new InvalidNotificationRequest("token", Words.of("unsubscribe-link")));
		preferences.save(member, Preferences.none());
		notifications.cancelEmails(member);
	}

	/**
	 * Whether the member follows ({@code true}) or muted ({@code false}) the post;
	 * {@code null} when they chose neither (they hear about posts they wrote, voted on or
	 * commented on).
	 */
	public record FollowState(long postId, @Nullable Boolean following) {
	}

}
