package org.fanloop.releases;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fanloop.accounts.MemberService;
import org.fanloop.posts.PostCard;
import org.fanloop.posts.PostService;
import org.fanloop.posts.PostStatus;
import org.fanloop.voting.VoteService;

import org.springframework.stereotype.Component;

/**
 * Who asked for a post: its voters (a post starts with its author's vote), counted
 * exactly, and the first two of them by name.
 */
@Component
class Credits {

	private static final int NAMED = 2;

	private final PostService posts;

	private final VoteService votes;

	private final MemberService members;

	Credits(PostService posts, VoteService votes, MemberService members) {
		this.posts = posts;
		this.votes = votes;
		this.members = members;
	}

	/**
	 * The askers of each post; a merged post's are its target's, where its voters went (a
	 * build that delivers a duplicate credits everybody who asked for the thing).
	 */
	Map<Long, Askers> of(List<Long> postIds) {
		List<PostCard> cards = posts.cards(postIds, null);
		Map<Long, Long> targets = new HashMap<>();
		for (PostCard card : cards) {
			if (card.status() == PostStatus.MERGED) {
				Long into = posts.get(card.id(), null).mergedInto();
				if (into != null) {
					targets.put(card.id(), into);
				}
			}
		}
		Map<Long, Askers> askers = own(cards.stream().filter(card -> !targets.containsKey(card.id())).toList());
		if (!targets.isEmpty()) {
			Map<Long, Askers> ofTargets = own(posts.cards(targets.values().stream().distinct().toList(), null));
			targets.forEach((merged, into) -> askers.put(merged, ofTargets.getOrDefault(into, Askers.none())));
		}
		return askers;
	}

	private Map<Long, Askers> own(List<PostCard> cards) {
		Map<Long, List<Long>> first = new LinkedHashMap<>();
		cards.forEach(card -> first.put(card.id(), votes.firstVoters(card.id(), NAMED)));
		Map<Long, String> names = new HashMap<>();
		members.profiles(first.values().stream().flatMap(List::stream).distinct().toList())
			.forEach(profile -> names.put(profile.id(), profile.username()));
		Map<Long, Askers> askers = new HashMap<>();
		for (PostCard card : cards) {
			List<String> named = first.getOrDefault(card.id(), List.of())
				.stream()
				.map(names::get)
				.filter(name -> name != null)
				.toList();
			askers.put(card.id(), new Askers(card.voteCount(), named));
		}
		return askers;
	}

	record Askers(long count, List<String> names) {

		static Askers none() {
			return new Askers(0, List.of());
		}

	}

}
