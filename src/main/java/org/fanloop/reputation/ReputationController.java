package org.fanloop.reputation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Comment;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostPageExtras;
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

	private final org.fanloop.products.ProductService products;

	ReputationController(ReputationService reputation, org.fanloop.products.ProductService products) {
		this.products = products;
		this.reputation = reputation;
	}

	@Override
	public Map<String, Object> attributes(Post post, List<Comment> comments, @Nullable SignedInMember viewer) {
		Set<String> names = new LinkedHashSet<>();
		names.add(post.authorName());
		comments.stream().map(Comment::authorName).forEach(names::add);
		// Everybody starts at the first level: only those above it get a badge.
		String first = reputation.levelList().getFirst().name();
		Map<String, String> levels = new HashMap<>(reputation.levels(names));
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

	@GetMapping("/products/{slug}/beta-requirement")
	String requirement(@PathVariable String slug,
			@org.springframework.security.core.annotation.AuthenticationPrincipal SignedInMember me, Model model) {
		org.fanloop.products.Product product = products.get(slug);
		products.requireStaff(product.id(), me, "set what its beta asks of applicants");
		model.addAttribute("product", product);
		model.addAttribute("levels", reputation.levelList());
		model.addAttribute("minLevel", reputation.minLevel(product.id()));
		return "reputation/requirement";
	}

	@org.springframework.web.bind.annotation.PostMapping("/products/{slug}/beta-requirement")
	String require(@PathVariable String slug,
			@org.springframework.web.bind.annotation.RequestParam(required = false) @Nullable String minLevel,
			@org.springframework.security.core.annotation.AuthenticationPrincipal SignedInMember me) {
		reputation.requireLevel(slug, minLevel, me);
		return "redirect:/products/" + slug + "/beta";
	}

	List<ReputationSettings.Level> levels() {
		return reputation.levelList();
	}

}
