package org.fanloop.voting;

/**
 * Whether the member votes for the post now, and its exact vote count.
 */
public record VoteState(long postId, boolean voted, long voteCount) {
}
