package org.fanloop.posts;

import java.time.Instant;

import org.fanloop.accounts.SignedInMember;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way a post changes status: the row moves only if it still has the status the
 * caller read, the timeline gets the step with its note, and {@link PostStatusChanged} is
 * published.
 */
@Component
class StatusMover {

	private final Posts posts;

	private final StatusChanges statusChanges;

	private final Markdown markdown;

	private final ApplicationEventPublisher events;

	StatusMover(Posts posts, StatusChanges statusChanges, Markdown markdown, ApplicationEventPublisher events) {
		this.posts = posts;
		this.statusChanges = statusChanges;
		this.markdown = markdown;
		this.events = events;
	}

	/**
	 * Returns false (and changes nothing) when somebody moved the post since {@code from}
	 * was read.
	 */
	boolean move(long postId, long productId, PostStatus from, PostStatus to, String note, SignedInMember actor,
			@Nullable Long buildId, @Nullable String buildVersion) {
		Instant now = Instant.now();
		if (!posts.changeStatus(postId, from, to, now)) {
			return false;
		}
		String text = note.strip();
		long changeId = statusChanges.insert(postId, from, to, text, markdown.toHtml(text), actor.id(),
				actor.username(), buildId, buildVersion, now);
		events.publishEvent(new PostStatusChanged(postId, productId, changeId, from, to, actor.id(), actor.username(),
				buildId, now));
		return true;
	}

}
