package org.fanloop.releases;

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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * A product's changelog: a page (stable releases; testers and staff see the betas too)
 * and an Atom feed of the stable releases, each crediting the people who asked.
 */
@Controller
class ChangelogController {

	private static final int ENTRIES = 30;

	private final BuildService builds;

	private final ProductService products;

	ChangelogController(BuildService builds, ProductService products) {
		this.builds = builds;
		this.products = products;
	}

	@GetMapping("/products/{slug}/changelog")
	String page(@PathVariable String slug, @AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		Product product = products.get(slug);
		model.addAttribute("product", product);
		model.addAttribute("entries", entries(slug, me));
		return "releases/changelog";
	}

	@GetMapping("/products/{slug}/changelog.atom")
	ResponseEntity<String> atom(@PathVariable String slug) throws FeedException {
		Product product = products.get(slug);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(product.name() + " releases");
		feed.setUri(base + "/products/" + slug + "/changelog");
		feed.setLink(base + "/products/" + slug + "/changelog");
		feed.setLinks(List.of(link(base + "/products/" + slug + "/changelog.atom", "self"),
				link(base + "/products/" + slug + "/changelog", "alternate")));
		feed.setDescription(product.description());
		feed.setAuthor(product.name() + " team");
		List<SyndEntry> entries = new ArrayList<>();
		for (ChangelogEntry entry : entries(slug, null)) {
			entries.add(entry(entry, base));
		}
		feed.setEntries(entries);
		feed.setPublishedDate(entries.isEmpty() ? Date.from(product.createdAt()) : entries.getFirst().getUpdatedDate());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(new SyndFeedOutput().outputString(feed));
	}

	private List<ChangelogEntry> entries(String slug, @Nullable SignedInMember viewer) {
		List<Build> released = builds.list(slug, viewer, ENTRIES)
			.stream()
			.filter(build -> build.state() != BuildState.DRAFT)
			.toList();
		Map<Long, List<DeliveredPost>> delivered = builds.delivered(released.stream().map(Build::id).toList());
		return released.stream()
			.map(build -> new ChangelogEntry(build, delivered.getOrDefault(build.id(), List.of())))
			.toList();
	}

	private static SyndEntry entry(ChangelogEntry entry, String base) {
		Build build = entry.build();
		SyndEntry item = new SyndEntryImpl();
		String url = base + "/builds/" + build.id();
		item.setUri(url);
		item.setLink(url);
		item.setTitle(build.version());
		item.setAuthor(build.createdBy());
		Date published = Date.from((build.publishedAt() != null) ? build.publishedAt() : build.createdAt());
		item.setPublishedDate(published);
		item.setUpdatedDate(published);
		StringBuilder html = new StringBuilder(build.notesHtml());
		if (!entry.posts().isEmpty()) {
			html.append("<ul>");
			for (DeliveredPost post : entry.posts()) {
				html.append("<li><a href=\"")
					.append(base)
					.append("/posts/")
					.append(post.postId())
					.append("\">")
					.append(HtmlUtils.htmlEscape(post.title()))
					.append("</a> (")
					.append(HtmlUtils.htmlEscape(post.credit()))
					.append(")</li>");
			}
			html.append("</ul>");
		}
		SyndContent content = new SyndContentImpl();
		content.setType("html");
		content.setValue(html.toString());
		item.setContents(List.of(content));
		return item;
	}

	private static SyndLink link(String href, String rel) {
		SyndLink link = new SyndLinkImpl();
		link.setHref(href);
		link.setRel(rel);
		return link;
	}

}
