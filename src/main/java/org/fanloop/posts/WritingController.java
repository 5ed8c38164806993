package org.fanloop.posts;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Writing comfort and reading at a glance: the Markdown preview (rendered and sanitized
 * exactly as a saved post or comment), a board's roadmap (Planned, In beta, Shipped) and
 * an Atom feed of a board's new posts.
 */
@Controller
class WritingController {

	private static final int ROADMAP_COLUMN = 20;

	private static final int FEED_ENTRIES = 50;

	private static final List<PostStatus> ROADMAP = List.of(PostStatus.PLANNED, PostStatus.IN_BETA, PostStatus.SHIPPED);

	private final Markdown markdown;

	private final PostService posts;

	private final ProductService products;

	WritingController(Markdown markdown, PostService posts, ProductService products) {
		this.markdown = markdown;
		this.posts = posts;
		this.products = products;
	}

	/**
	 * The preview: htmx puts the fragment under the form; without JavaScript the button
	 * posts the form here and gets a page with the preview.
	 */
	@PostMapping("/preview")
	String preview(@RequestParam(defaultValue = "") String body,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("html", markdown.toHtml(body.substring(0, Math.min(body.length(), 20000))));
		return (htmx != null) ? "posts/preview :: preview" : "posts/preview";
	}

	@PostMapping(path = "/api/v1/markdown/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	@Operation(summary = "Markdown as a post or comment would show it (sanitized HTML)", tags = "Posts")
	Preview previewApi(@Valid @RequestBody Draft draft) {
		return new Preview(markdown.toHtml(draft.body()));
	}

	@GetMapping("/products/{slug}/roadmap")
	String roadmap(@PathVariable String slug, @AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		Product product = products.get(slug);
		Map<PostStatus, Long> counts = posts.countsByStatus(product);
		List<Column> columns = new ArrayList<>();
		for (PostStatus status : ROADMAP) {
			columns.add(new Column(status, counts.getOrDefault(status, 0L),
					posts.board(product, BoardQuery.of("top", status.value(), null, null, ROADMAP_COLUMN), me)
						.items()));
		}
		model.addAttribute("product", product);
		model.addAttribute("columns", columns);
		return "posts/roadmap";
	}

	@GetMapping("/products/{slug}/posts.atom")
	ResponseEntity<String> feed(@PathVariable String slug) throws FeedException {
		Product product = products.get(slug);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String board = base + "/products/" + slug;
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(product.name() + ": new posts");
		feed.setUri(board);
		feed.setLink(board);
		feed.setLinks(List.of(link(board + "/posts.atom", "self"), link(board, "alternate")));
		feed.setDescription(product.description());
		List<SyndEntry> entries = new ArrayList<>();
		for (PostCard card : posts.board(product, BoardQuery.of("new", null, null, null, FEED_ENTRIES), null).items()) {
			SyndEntry entry = new SyndEntryImpl();
			String url = base + "/posts/" + card.id();
			entry.setUri(url);
			entry.setLink(url);
			entry.setTitle(card.title());
			entry.setAuthor(card.authorName());
			entry.setPublishedDate(Date.from(card.createdAt()));
			entry.setUpdatedDate(Date.from(card.createdAt()));
			SyndContent summary = new SyndContentImpl();
			summary.setType("text");
			summary.setValue(card.excerpt());
			entry.setDescription(summary);
			entries.add(entry);
		}
		feed.setEntries(entries);
		feed.setPublishedDate(entries.isEmpty() ? Date.from(product.createdAt()) : entries.getFirst().getUpdatedDate());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(new SyndFeedOutput().outputString(feed));
	}

	private static SyndLink link(String href, String rel) {
		SyndLink link = new SyndLinkImpl();
		link.setHref(href);
		link.setRel(rel);
		return link;
	}

	/** One column of the roadmap: its status, how many posts have it, the top ones. */
	record Column(PostStatus status, long count, List<PostCard> posts) {
	}

	record Draft(@NotNull @Size(max = 20000) String body) {
	}

	record Preview(String html) {
	}

}
