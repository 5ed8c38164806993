package org.fanloop.releases;

import java.time.Instant;
import java.util.List;

import org.fanloop.posts.PostStatus;

/**
 * A post a build delivers, with the people who asked for it as of the release ("asked by
 * alice, bob and 312 others").
 */
public record DeliveredPost(long postId, String title, PostStatus status, Instant askedAt, long askers,
		List<String> askerNames) {

	/** How many askers the names leave out. */
	public long otherAskers() {
		return Math.max(0, askers - askerNames.size());
	}

	/** "asked by alice, bob and 312 others". */
	public String credit() {
		long others = otherAskers();
		if (askerNames.isEmpty()) {
			return (others == 0) ? "asked for by the team"
					: "asked by " + others + ((others == 1) ? " member" : " members");
		}
		if (others == 0) {
			return "asked by " + String.join(" and ", askerNames);
		}
		return "asked by " + String.join(", ", askerNames) + " and " + others + ((others == 1) ? " other" : " others");
	}

}
