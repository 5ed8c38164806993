package org.fanloop.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fanloop.web.Refused;
import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.PostKind;
import org.fanloop.posts.PostStatus;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Searching posts through the API.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Search")
class SearchApiController {

	private final SearchService search;

	private final ProductService products;

	SearchApiController(SearchService search, ProductService products) {
		this.search = search;
		this.products = products;
	}

	@GetMapping("/admin/search")
	@Operation(summary = "The search index: whether it is being rebuilt and how many posts it holds (admin)")
	SearchService.IndexState state(@AuthenticationPrincipal @Nullable SignedInMember me) {
		if (me == null) {
			throw new AuthenticationCredentialsNotFoundException("Sign in first: only admins see the search index.");
		}
		if (!me.admin()) {
			throw new Refused(Words.of("admins-search-index"));
		}
		return search.state();
	}

	@PostMapping("/admin/search/rebuild")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Rebuild the search index from the database, in the background (admin)")
	SearchService.IndexState rebuild(@AuthenticationPrincipal SignedInMember me) {
		return search.startRebuild(me);
	}

	@GetMapping("/products/{slug}/similar")
	@Operation(summary = "The product's posts most like a title being typed (q) and what its body says so far "
			+ "(body, optional), best first, each with a score (higher is closer; comparable within one answer "
			+ "only); found by meaning (an in-process sentence model) and by words, fused; merged posts are left out")
	List<SimilarPost> similar(@PathVariable String slug, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "5") int limit) {
		if (q.length() > Draft.MAX_TEXT) {
			throw new InvalidSearchRequest("q", Words.of("at-most-characters", Draft.MAX_TEXT));
		}
		if (body.length() > 20_000) {
			throw new InvalidSearchRequest("body", Words.of("at-most-characters", 20000));
		}
		if (limit < 1 || limit > 20) {
			throw new InvalidSearchRequest("limit", Words.of("from-to", 1, 20));
		}
		return search.similar(products.get(slug).id(), new Draft(q, body), limit, null);
	}

	/** A search from request parameters, blank ones left out; bad ones are 400s. */
	static SearchQuery query(String q, @Nullable Long productId, @Nullable String kind, @Nullable String status,
			String sort, @Nullable String cursor, int limit) {
		if (q.length() > 200) {
			throw new InvalidSearchRequest("q", Words.of("at-most-characters", 200));
		}
		return new SearchQuery(q.strip(), productId, (kind == null || kind.isBlank()) ? null : PostKind.of(kind),
				(status == null || status.isBlank()) ? null : PostStatus.of(status), SearchOrder.of(sort),
				(cursor == null || cursor.isBlank()) ? null : SearchCursor.decode(cursor), limit);
	}

	@GetMapping("/search")
	@Operation(summary = "Posts whose title, body or comments match the words, best first (or by votes, newest); "
			+ "English word forms and Chinese words both count")
	SearchPage search(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable String product,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(defaultValue = "relevance") String sort,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "20") int limit) {
		if (limit < 1 || limit > 100) {
			throw new InvalidSearchRequest("limit", Words.of("from-to", 1, 100));
		}
		Long productId = (product == null || product.isBlank()) ? null : products.get(product).id();
		return search.search(query(q, productId, kind, status, sort, cursor, limit));
	}

}
