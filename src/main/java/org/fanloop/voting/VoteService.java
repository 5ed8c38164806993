package org.fanloop.voting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.PostCreated;
import org.fanloop.posts.PostMerged;
import org.fanloop.posts.PostUnmerged;
import org.fanloop.posts.PostActivity;
import org.jspecify.annotations.Nullable;
import org.fanloop.posts.PostService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Members vote for posts and withdraw their votes; both are idempotent. A new post starts
 * with its author's vote, which the author may withdraw like any other.
 */
@Service
public class VoteService {

	private final Votes votes;

	private final VoteWriter writer;

	private final PostService posts;

	VoteService(Votes votes, VoteWriter writer, PostService posts) {
		this.votes = votes;
		this.writer = writer;
		this.posts = posts;
	}

	/**
	 * The member votes for the post (again: nothing changes); returns once the vote is
	 * committed, with the post's exact count. Throws when the post does not exist or was
	 * merged. Votes are written in groups by {@link VoteWriter}, in their own
	 * transaction.
	 */
	public VoteState cast(long postId, SignedInMember member) {
		return writer.write(postId, member.id(), true);
	}

	/**
	 * The member withdraws their vote (if they had none: nothing changes).
	 */
	public VoteState withdraw(long postId, SignedInMember member) {
		return writer.write(postId, member.id(), false);
	}

	/**
	 * The posts the member votes for, newest vote first: a page of at most {@code limit},
	 * after {@code before} when given.
	 */
	public List<PostActivity> votedBy(long memberId, PostActivity.@Nullable Before before, int limit) {
		return votes.byMember(memberId, before, limit);
	}

	/**
	 * The post's vote count.
	 */
	public long count(long postId) {
		return posts.voteCounts(List.of(postId)).getOrDefault(postId, 0L);
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
	 * Runs inside the transaction that creates the post, which counts this vote already.
	 */
	@EventListener
	void on(PostCreated created) {
		votes.castAll(List.of(new Votes.Key(created.postId(), created.authorId())), Instant.now());
	}

	/**
	 * Runs inside the merging transaction, which holds both posts' rows: the merged
	 * post's voters become the target's, each counted once.
	 */
	@EventListener
	void on(PostMerged merged) {
		long carried = votes.carry(merged.postId(), merged.intoId());
		posts.addVotes(Map.of(merged.intoId(), carried), List.of(merged.intoId()));
	}

	/**
	 * Runs inside the undoing transaction: the target gives back what the merge brought.
	 */
	@EventListener
	void on(PostUnmerged unmerged) {
		long taken = votes.takeBack(unmerged.postId(), unmerged.intoId(), unmerged.stillMerged());
		posts.addVotes(Map.of(unmerged.intoId(), -taken), List.of(unmerged.intoId()));
	}

}
