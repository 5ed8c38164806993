package org.fanloop.posts;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Turns members' Markdown into HTML that is safe to show: commonmark escapes raw HTML,
 * and the OWASP sanitizer keeps only formatting, links (nofollow) and images on http(s),
 * whatever commonmark let through. Rendered once when text is written, not on every read.
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

	/**
	 * Safe HTML for this Markdown.
	 */
	public String toHtml(String markdown) {
		return POLICY.sanitize(html.render(parser.parse(markdown)));
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
