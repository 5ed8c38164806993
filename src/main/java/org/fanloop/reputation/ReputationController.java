package org.fanloop.reputation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Comment;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostPageExtras;
import org.fanloop.posts.PostService;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Reputation on pages: a member's reputation page, the level badge their profile loads,
 * and the levels beside the names on a post's page.
 */
@Controller
class ReputationController implements PostPageExtras {

	private final ReputationService reputation;

	private final PostService posts;

	ReputationController(ReputationService reputation, PostService posts) {
		this.reputation = reputation;
		this.posts = posts;
	}

	@Override
	public Map<String, Object> attributes(Post post, @Nullable SignedInMember viewer) {
		Set<String> names = new LinkedHashSet<>();
		names.add(post.authorName());
		posts.comments(post.id()).stream().map(Comment::authorName).forEach(names::add);
		// Everybody starts at the first level: only those above it get a badge.
		String first = reputation.levelList().getFirst().name();
		Map<String, String> levels = new java.util.HashMap<>(reputation.levels(names));
		levels.values().removeIf(first::equals);
		return Map.of("levels", levels);
	}

	@GetMapping("/members/{username}/reputation")
	String page(@PathVariable String username, Model model) {
		model.addAttribute("reputation", reputation.of(username));
		model.addAttribute("levels", reputation.levelList());
		return "reputation/reputation";
	}

	@GetMapping("/members/{username}/level")
	String badge(@PathVariable String username, Model model) {
		model.addAttribute("reputation", reputation.of(username));
		return "reputation/fragments :: badge";
	}

	List<ReputationSettings.Level> levels() {
		return reputation.levelList();
	}

}
