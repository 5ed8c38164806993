package org.fanloop.voting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.PostCreated;
import org.fanloop.posts.PostService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members vote for posts and withdraw their votes; both are idempotent. A new post starts
 * with its author's vote, which the author may withdraw like any other.
 */
@Service
public class VoteService {

	private final Votes votes;

	private final PostService posts;

	VoteService(Votes votes, PostService posts) {
		this.votes = votes;
		this.posts = posts;
	}

	/**
	 * The member votes for the post (again: nothing changes). Throws when the post does
	 * not exist or was merged.
	 */
	@Transactional
	public VoteState cast(long postId, SignedInMember member) {
		posts.requireVotable(postId);
		votes.cast(postId, member.id(), Instant.now());
		return new VoteState(postId, true, count(postId));
	}

	/**
	 * The member withdraws their vote (if they had none: nothing changes).
	 */
	@Transactional
	public VoteState withdraw(long postId, SignedInMember member) {
		posts.requireVotable(postId);
		votes.withdraw(postId, member.id());
		return new VoteState(postId, false, count(postId));
	}

	/**
	 * The post's exact vote count.
	 */
	public long count(long postId) {
		return votes.counts(List.of(postId)).getOrDefault(postId, 0L);
	}

	/**
	 * The next {@code limit} members, in id order above {@code after}, who vote for any
	 * of these posts: a page of their audience, however many voters they have.
	 */
	public List<Long> votersAfter(Collection<Long> postIds, long after, int limit) {
		TreeSet<Long> merged = new TreeSet<>();
		for (long postId : postIds) {
			merged.addAll(votes.votersAfter(postId, after, limit));
		}
		return merged.stream().limit(limit).toList();
	}

	/**
	 * The first members who voted for the post, earliest first.
	 */
	public List<Long> firstVoters(long postId, int limit) {
		return votes.firstVoters(postId, limit);
	}

	/**
	 * Runs inside the transaction that creates the post.
	 */
	@EventListener
	void on(PostCreated created) {
		votes.startTally(created.postId());
		votes.cast(created.postId(), created.authorId(), Instant.now());
	}

}
