package org.fanloop.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.NewPost;
import org.fanloop.posts.PostCard;
import org.fanloop.posts.PostService;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of search: posts like the one being written (on the new-post form, as the
 * title is typed, or by its "Check for similar posts" button without JavaScript).
 */
@Controller
class SearchController {

	/** How many similar posts the new-post form shows. */
	static final int SIMILAR_SHOWN = 5;

	private final SearchService search;

	private final ProductService products;

	private final PostService posts;

	SearchController(SearchService search, ProductService products, PostService posts) {
		this.search = search;
		this.products = products;
		this.posts = posts;
	}

	/**
	 * With htmx (a GET as the title is typed), the list of similar posts for the form's
	 * panel; without (the form's button POSTs, so the form's CSRF token never lands in a
	 * URL), the new-post page again, filled in as it was, with the list above the form.
	 */
	@RequestMapping(path = "/products/{slug}/similar", method = { RequestMethod.GET, RequestMethod.POST })
	String similar(@PathVariable String slug, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "idea") String kind,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		Product product = products.get(slug);
		Draft draft = new Draft(title, body);
		model.addAttribute("product", product);
		model.addAttribute("similar", cards(search.similar(product.id(), draft, SIMILAR_SHOWN, null), me));
		model.addAttribute("checked", !draft.isBlank());
		if ("true".equals(htmx)) {
			return "search/similar :: list";
		}
		model.addAttribute("newPost", new NewPost(kind, title, body));
		return "search/similar";
	}

	/**
	 * The search page: the words, filters and order in a form (a plain GET, so a search
	 * is a link), the hits with their marked passages, and "More results" (htmx appends
	 * the next page; without JavaScript it opens it).
	 */
	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String product,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "relevance") String sort, @RequestParam(defaultValue = "") String cursor,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		List<Product> all = products.all();
		model.addAttribute("products", all);
		model.addAttribute("q", q);
		model.addAttribute("product", product);
		model.addAttribute("kind", kind);
		model.addAttribute("status", status);
		model.addAttribute("sort", sort);
		model.addAttribute("searched", !q.isBlank() || !product.isBlank() || !kind.isBlank() || !status.isBlank());
		model.addAttribute("productNames",
				all.stream().collect(Collectors.toMap(Product::id, Product::name, (a, b) -> a)));
		SearchQuery query = SearchApiController.query(q, product.isBlank() ? null : products.get(product).id(), kind,
				status, sort, cursor, RESULTS_PER_PAGE);
		SearchPage page = search.search(query);
		model.addAttribute("page", page);
		model.addAttribute("more",
				(page.nextCursor() == null) ? null
						: org.springframework.web.util.UriComponentsBuilder.fromPath("/search")
							.queryParam("q", q)
							.queryParam("product", product)
							.queryParam("kind", kind)
							.queryParam("status", status)
							.queryParam("sort", sort)
							.queryParam("cursor", page.nextCursor())
							.encode()
							.build()
							.toUriString());
		if ("true".equals(htmx) && !cursor.isBlank()) {
			return "search/results :: more";
		}
		return "search/results";
	}

	static final int RESULTS_PER_PAGE = 20;

	/** The posts found, best first, as the board shows them (with the viewer's votes). */
	private List<PostCard> cards(List<SimilarPost> found, @Nullable SignedInMember me) {
		Map<Long, PostCard> byId = posts.cards(found.stream().map(SimilarPost::id).toList(), me)
			.stream()
			.collect(Collectors.toMap(PostCard::id, Function.identity()));
		return found.stream().map(post -> byId.get(post.id())).filter(Objects::nonNull).toList();
	}

}
