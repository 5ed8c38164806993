package org.fanloop.posts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.fanloop.web.WebSettings;
import org.owasp.html.PolicyFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns members' Markdown into HTML that is safe to show: commonmark escapes raw HTML,
 * and the OWASP sanitizer keeps only formatting, links (nofollow) and images on http(s),
 * whatever commonmark let through. Rendered once when text is written, not on every read.
 *
 * <p>
 * Images show only from this site and from the hosts the operator allows
 * ({@link WebSettings#imageHosts()}): an image from anywhere else would tell its host the
 * address of every reader, so it becomes a link to the image instead. The pages' Content
 * Security Policy allows the same hosts, so text rendered before a host was removed
 * cannot load it either.
 */
@Component
public class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder().allowCommonBlockElements()
		.allowCommonInlineFormattingElements()
		.allowElements("pre", "code", "hr", "br", "del", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "a",
				"img")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.requireRelNofollowOnLinks()
		.allowAttributes("src", "alt", "title")
		.onElements("img")
		.allowAttributes("align")
		.matching(true, "left", "center", "right")
		.onElements("th", "td")
		.allowAttributes("class")
		.matching(true, "language-[a-z0-9+#-]+")
		.onElements("code")
		.toFactory();

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer html = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private final TextContentRenderer text = TextContentRenderer.builder().extensions(EXTENSIONS).build();

	private final Set<String> imageHosts;

	@Autowired
	Markdown(WebSettings settings) {
		this(settings.imageHosts());
	}

	/** Images from this site and these hosts (none: this site only). */
	public Markdown(List<String> imageHosts) {
		this.imageHosts = imageHosts.stream()
			.map(host -> host.strip().toLowerCase(Locale.ROOT))
			.filter(host -> !host.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Safe HTML for this Markdown.
	 */
	public String toHtml(String markdown) {
		Node document = parser.parse(markdown);
		foreignImagesAsLinks(document);
		return POLICY.sanitize(html.render(document));
	}

	private void foreignImagesAsLinks(Node document) {
		List<Image> foreign = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				if (!shown(image.getDestination())) {
					foreign.add(image);
				}
				visitChildren(image);
			}
		});
		for (Image image : foreign) {
			Link link = new Link(image.getDestination(), image.getTitle());
			Node child = image.getFirstChild();
			if (child == null) {
				link.appendChild(new Text(image.getDestination()));
			}
			while (child != null) {
				Node next = child.getNext();
				link.appendChild(child);
				child = next;
			}
			image.insertBefore(link);
			image.unlink();
		}
	}

	private boolean shown(String destination) {
		if (destination.startsWith("/") && !destination.startsWith("//")) {
			return true;
		}
		try {
			URI uri = new URI(destination);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
					&& this.imageHosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * The text of this Markdown without its formatting, on one line, cut to at most
	 * {@code length} characters (an ellipsis marks the cut).
	 */
	public String excerpt(String markdown, int length) {
		Node document = parser.parse(markdown);
		String plain = text.render(document).replaceAll("\\s+", " ").strip();
		if (plain.length() <= length) {
			return plain;
		}
		int cut = plain.lastIndexOf(' ', length - 1);
		return plain.substring(0, (cut > length / 2) ? cut : length - 1).stripTrailing() + "…";
	}

}
