package org.fanloop.posts;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages that list posts: home, a product's board, a member's profile.
 */
@Controller
class BoardController {

	private static final int PAGE_SIZE = 20;

	private final PostService posts;

	private final ProductService products;

	BoardController(PostService posts, ProductService products) {
		this.posts = posts;
		this.products = products;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("products", products.all());
		return "posts/home";
	}

	/**
	 * The board; an htmx request for the next page gets only its cards and the next
	 * "more" button.
	 */
	@GetMapping("/products/{slug}")
	String board(@PathVariable String slug, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		Product product = products.get(slug);
		BoardQuery query = BoardQuery.of(sort, status, kind, cursor, PAGE_SIZE);
		model.addAttribute("product", product);
		model.addAttribute("query", query);
		model.addAttribute("links", new BoardLinks(product.slug(), query));
		model.addAttribute("page", posts.board(product, query, me));
		model.addAttribute("statuses", PostStatus.values());
		model.addAttribute("kinds", PostKind.values());
		model.addAttribute("staff", me != null && products.isStaff(product.id(), me));
		return (htmx != null && cursor != null) ? "posts/board :: more" : "posts/board";
	}

}
