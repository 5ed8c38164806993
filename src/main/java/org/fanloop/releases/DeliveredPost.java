package org.fanloop.releases;

import java.time.Instant;
import java.util.List;

import org.fanloop.web.Words;
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

	/**
	 * "asked by alice, bob and 312 others", in the language of the request at hand (a
	 * build page, the changelog and its feed).
	 */
	public String credit() {
		long others = otherAskers();
		if (askerNames.isEmpty()) {
			return (others == 0) ? Words.page("credit.team")
					: (others == 1) ? Words.page("credit.member") : Words.page("credit.members", others);
		}
		String names = (askerNames.size() == 1) ? askerNames.getFirst() : Words.page("credit.and",
				String.join(", ", askerNames.subList(0, askerNames.size() - 1)), askerNames.getLast());
		if (others == 0) {
			return Words.page("credit.names", names);
		}
		return (others == 1) ? Words.page("credit.names-other", names)
				: Words.page("credit.names-others", names, others);
	}

}
