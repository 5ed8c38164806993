package org.fanloop.history;

import java.util.Map;
import java.util.stream.Collectors;

import org.fanloop.accounts.Member;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.PostService;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A member's profile: their posts and, for whoever may see them, the posts they voted on,
 * commented on and follow, each list with a page of its own for the rest.
 */
@Controller
class ProfileController {

	private final HistoryService history;

	private final MemberService members;

	private final PostService posts;

	private final ProductService products;

	ProfileController(HistoryService history, MemberService members, PostService posts, ProductService products) {
		this.history = history;
		this.members = members;
		this.posts = posts;
		this.products = products;
	}

	@GetMapping("/members/{username}")
	String profile(@PathVariable String username, @AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		Member member = members.get(username);
		boolean self = me != null && me.id() == member.id();
		model.addAttribute("member", member.profile());
		model.addAttribute("self", self);
		model.addAttribute("unverifiedEmail", self && !member.emailVerified());
		model.addAttribute("votesPublic", history.votesPublic(member.id()));
		model.addAttribute("posts", posts.byAuthor(member.id(), 50, me));
		for (HistoryKind kind : HistoryKind.values()) {
			model.addAttribute(kind.value(), history.maySee(member, kind, me)
					? history.page(member, kind, null, HistoryService.PAGE, me) : null);
		}
		model.addAttribute("productsById", productsById());
		return "history/profile";
	}

	@GetMapping("/members/{username}/history/{kind}")
	String list(@PathVariable String username, @PathVariable String kind,
			@RequestParam(required = false) @Nullable String cursor,
			@AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		Member member = members.get(username);
		HistoryKind list = HistoryKind.of(kind).orElseThrow(() -> new HistoryNotShown(member.username(), kind));
		if (!history.maySee(member, list, me)) {
			throw new HistoryNotShown(member.username(), kind);
		}
		model.addAttribute("member", member.profile());
		model.addAttribute("kind", list.value());
		model.addAttribute("page", history.page(member, list, cursor, HistoryService.PAGE, me));
		model.addAttribute("productsById", productsById());
		return "history/list";
	}

	@PostMapping("/me/history")
	String visibility(@RequestParam(defaultValue = "false") boolean votesPublic,
			@AuthenticationPrincipal SignedInMember me) {
		history.setVotesPublic(me, votesPublic);
		return "redirect:/members/" + me.username();
	}

	private Map<Long, Product> productsById() {
		return products.all().stream().collect(Collectors.toMap(Product::id, product -> product));
	}

}
