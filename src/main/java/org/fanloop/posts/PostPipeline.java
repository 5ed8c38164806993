package org.fanloop.posts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

import org.fanloop.accounts.SignedInMember;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves posts along open → under_review → planned → in_beta → shipped on behalf of
 * builds: into beta when a beta build is published, to shipped when a build reaches
 * stable, back when a beta build is withdrawn. Each move is a status change with a note,
 * like staff make, that remembers the build.
 */
@Service
public class PostPipeline {

	private final Posts posts;

	private final StatusMover mover;

	PostPipeline(Posts posts, StatusMover mover) {
		this.posts = posts;
		this.mover = mover;
	}

	/**
	 * Throws {@link PostConflict} unless every post exists, belongs to the product and
	 * may be delivered by a build (not declined, not merged).
	 */
	public void requireDeliverable(long productId, Collection<Long> ids) {
		List<PostCard> cards = posts.cards(ids);
		List<Long> wrong = new ArrayList<>(ids);
		cards.stream()
			.filter(card -> card.productId() == productId && rank(card.status()) >= 0)
			.forEach(card -> wrong.remove(card.id()));
		if (!wrong.isEmpty()) {
			throw new PostConflict("Posts cannot be delivered", "not-deliverable", wrong);
		}
	}

	/**
	 * The present status of each of these posts.
	 */
	public Map<Long, PostStatus> statuses(Collection<Long> ids) {
		return posts.statuses(ids);
	}

	/**
	 * Moves every post that has not got as far as {@code to} yet, by this build (the
	 * timeline words "in beta build 2.0-beta" in the reader's language); returns the ids
	 * it moved. Runs inside the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Long> advance(long productId, Collection<Long> ids, PostStatus to, SignedInMember actor, long buildId,
			String buildVersion) {
		List<Long> moved = new ArrayList<>();
		// Posts are locked in ascending id order, as a group of votes locks them: no
		// deadlock.
		new TreeMap<>(posts.statuses(ids)).forEach((id, status) -> {
			int from = rank(status);
			if (from >= 0 && from < rank(to)
					&& mover.move(id, productId, status, to, "", actor, buildId, buildVersion)) {
				moved.add(id);
			}
		});
		return moved;
	}

	/**
	 * Moves each post that still has status {@code from} back to the status given for it,
	 * as this build is withdrawn with the team's note; returns the ids it moved. Runs
	 * inside the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Long> revert(long productId, Map<Long, PostStatus> backTo, PostStatus from, String note,
			SignedInMember actor, long buildId, String buildVersion) {
		List<Long> moved = new ArrayList<>();
		Map<Long, PostStatus> now = posts.statuses(backTo.keySet());
		new TreeMap<>(backTo).forEach((id, status) -> {
			if (now.get(id) == from && mover.move(id, productId, from, status, note, actor, buildId, buildVersion)) {
				moved.add(id);
			}
		});
		return moved;
	}

	/**
	 * Who wrote or commented on these posts (their voters are the voting module's).
	 */
	public Set<Long> participants(Collection<Long> ids) {
		return posts.participants(ids);
	}

	/** Where a status stands on the way to shipped; -1 off the way (declined, merged). */
	private static int rank(PostStatus status) {
		return switch (status) {
			case OPEN -> 0;
			case UNDER_REVIEW -> 1;
			case PLANNED -> 2;
			case IN_BETA -> 3;
			case SHIPPED -> 4;
			case DECLINED, MERGED -> -1;
		};
	}

}
