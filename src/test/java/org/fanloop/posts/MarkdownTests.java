package org.fanloop.posts;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Markdown}: what members write is rendered, and nothing they write
 * runs.
 */
class MarkdownTests {

	private final Markdown markdown = new Markdown(List.of("images.example.com"));

	@Test
	void rendersFormattingListsCodeAndTables() {
		String html = markdown.toHtml("""
				**bold** _it_ `code`

				- one
				- two

				| a | b |
				|---|---|
				| 1 | 2 |
				""");
		assertThat(html).contains("<strong>bold</strong>", "<em>it</em>", "<code>code</code>", "<li>one</li>",
				"<table>", "<td>2</td>");
	}

	@Test
	void escapesRawHtmlAndScripts() {
		String html = markdown.toHtml("<script>alert(1)</script> <img src=x onerror=alert(2)> <b onclick=x>hi</b>");
		assertThat(html).doesNotContain("<script", "<img", "<b ");
		assertThat(html).contains("&lt;script&gt;", "&lt;img src&#61;x onerror");
	}

	@Test
	void dropsDangerousLinksAndMarksOthersNofollow() {
		assertThat(markdown.toHtml("[x](javascript:alert(1))")).doesNotContain("javascript").contains("href=\"\"");
		assertThat(markdown.toHtml("[site](https://example.com)")).contains("href=\"https://example.com\"",
				"rel=\"nofollow\"");
		assertThat(markdown.toHtml("see https://example.com/a")).contains("href=\"https://example.com/a\"");
	}

	@Test
	void showsImagesOnlyFromThisSiteAndAllowedHosts() {
		assertThat(markdown.toHtml("![cat](https://images.example.com/cat.png)")).contains("<img",
				"src=\"https://images.example.com/cat.png\"", "alt=\"cat\"");
		assertThat(markdown.toHtml("![logo](/static/favicon.svg)")).contains("<img", "src=\"/static/favicon.svg\"");
		assertThat(markdown.toHtml("![x](data:text/html;base64,PHNjcmlwdD4=)")).doesNotContain("data:");
	}

	@Test
	void imagesFromOtherHostsBecomeLinksSoReadersAreNotTracked() {
		String html = markdown.toHtml("Look: ![a tracker](https://tracker.example.net/pixel.gif \"t\")");
		assertThat(html).doesNotContain("<img")
			.contains("<a href=\"https://tracker.example.net/pixel.gif\"", "rel=\"nofollow\"", ">a tracker</a>");
		assertThat(markdown.toHtml("![](//tracker.example.net/p.gif)")).doesNotContain("<img");
		assertThat(markdown.toHtml("![x](http://images.example.com.evil.test/p.gif)")).doesNotContain("<img");
	}

	@Test
	void excerptsPlainTextOnOneLineCutAtAWord() {
		assertThat(markdown.excerpt("# Title\n\nSome **bold**\ntext.", 100)).isEqualTo("Title Some bold text.");
		String excerpt = markdown.excerpt("word ".repeat(100), 50);
		assertThat(excerpt).endsWith("…").hasSizeLessThanOrEqualTo(50).doesNotContain("  ");
		assertThat(excerpt.substring(0, excerpt.length() - 1)).endsWith("word");
		assertThat(markdown.excerpt("", 50)).isEmpty();
	}

}
