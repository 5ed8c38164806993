package org.fanloop.releases;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fanloop.accounts.MemberService;
import org.fanloop.posts.PostCard;
import org.fanloop.posts.PostService;
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

	Map<Long, Askers> of(List<Long> postIds) {
		Map<Long, List<Long>> first = new LinkedHashMap<>();
		postIds.forEach(id -> first.put(id, votes.firstVoters(id, NAMED)));
		Map<Long, String> names = new HashMap<>();
		members.profiles(first.values().stream().flatMap(List::stream).distinct().toList())
			.forEach(profile -> names.put(profile.id(), profile.username()));
		Map<Long, Askers> askers = new HashMap<>();
		for (PostCard card : posts.cards(postIds, null)) {
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
