package org.fanloop.posts;

import java.util.Collection;
import java.util.Set;

/**
 * What posts needs to know of votes to show them, offered by the voting module (which
 * depends on posts, not the other way round). The counts are the posts' own: the voting
 * module's writer updates them in the transaction that writes the votes.
 */
public interface PostVotes {

	/**
	 * Which of these posts the member has voted for.
	 */
	Set<Long> votedBy(long memberId, Collection<Long> postIds);

}
