package org.fanloop.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.fanloop.web.Words;
import org.jspecify.annotations.Nullable;

/**
 * A fan-out under way: what to tell about which posts, and how far it has got.
 */
record FanoutJob(long id, Plan plan, Phase phase, long cursor, long notified) {

	FanoutJob withPosts(List<Long> postIds) {
		return new FanoutJob(id, new Plan(plan.dedupeKey(), plan.kind(), plan.title(), plan.link(), plan.postId(),
				plan.buildId(), plan.excludeMember(), postIds, plan.occurredAt()), phase, cursor, notified);
	}

	/**
	 * What to tell, about which posts, to whom (everybody involved in the posts but
	 * {@code excludeMember}, who caused it). Its notifications are dated
	 * {@code occurredAt}, when the change happened, so an inbox lists news in the order
	 * it happened, whichever job got to the member first.
	 */
	record Plan(String dedupeKey, NotificationKind kind, Words title, String link, @Nullable Long postId,
			@Nullable Long buildId, @Nullable Long excludeMember, List<Long> postIds, Instant occurredAt) {
	}

	/** Participants (authors, commenters, followers) first, then voters, then done. */
	enum Phase {

		PARTICIPANTS, VOTERS, DONE;

		String value() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Phase of(String value) {
			return valueOf(value.toUpperCase(Locale.ROOT));
		}

	}

}
