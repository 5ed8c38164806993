package org.fanloop.posts;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What posts needs to know of votes to show them, offered by the voting module (which
 * depends on posts, not the other way round). The counts stored on posts are sort keys
 * that trail the votes by a fraction of a second; these are exact.
 */
public interface PostVotes {

	/**
	 * The exact vote count of each of these posts, read in one statement.
	 */
	Map<Long, Long> counts(Collection<Long> postIds);

	/**
	 * Which of these posts the member has voted for.
	 */
	Set<Long> votedBy(long memberId, Collection<Long> postIds);

}
