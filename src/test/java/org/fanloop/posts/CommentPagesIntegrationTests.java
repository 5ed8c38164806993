package org.fanloop.posts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A long discussion comes a page at a time: 50 comments on the post page, then "Show more
 * comments" (htmx puts the next ones in place; without JavaScript the link opens them),
 * and the API pages with after and limit and a Link header. Nothing beyond the first page
 * is out of reach.
 */
@FanloopIntegrationTest
class CommentPagesIntegrationTests {

	private static final Pattern COMMENT_IDS = Pattern.compile("id=\"comment-(\\d+)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	PostService posts;

	Post post;

	List<Long> ids;

	@BeforeEach
	void aPostWith120Comments() {
		SignedInMember fan = community.fan();
		post = community.post(community.product(), fan);
		ids = java.util.stream.IntStream.rangeClosed(1, 120)
			.mapToObj(i -> posts.comment(post.id(), new NewComment("Comment number " + i), fan).id())
			.toList();
	}

	@Test
	void thePostPageShowsTheFirst50AndEachMoreLinkTheNext() throws Exception {
		String first = mvc.get().uri("/posts/{id}", post.id()).exchange().getResponse().getContentAsString();
		assertThat(commentIds(first)).containsExactlyElementsOf(ids.subList(0, 50));
		assertThat(first).contains("Show more comments",
				"hx-get=\"/posts/" + post.id() + "/comments?after=" + ids.get(49) + "\"",
				"href=\"/posts/" + post.id() + "?after=" + ids.get(49) + "#comments\"");

		String second = html("/posts/{id}/comments?after=" + ids.get(49));
		assertThat(commentIds(second)).containsExactlyElementsOf(ids.subList(50, 100));
		assertThat(second).doesNotContain("<html").contains("after=" + ids.get(99));

		String last = html("/posts/{id}/comments?after=" + ids.get(99));
		assertThat(commentIds(last)).containsExactlyElementsOf(ids.subList(100, 120));
		assertThat(last).doesNotContain("Show more comments");

		// Without JavaScript: the page itself, from the comment after the link's.
		String page = html("/posts/{id}?after=" + ids.get(99));
		assertThat(commentIds(page)).containsExactlyElementsOf(ids.subList(100, 120));
		assertThat(page).contains("Back to the first comments");
	}

	@Test
	void aCommentAddedBeyondTheFirstPageIsShownToItsWriter() throws Exception {
		SignedInMember writer = community.fan();
		String section = mvc.post()
			.uri("/posts/{id}/comments", post.id())
			.with(authentication(Community.session(writer)))
			.with(csrf())
			.header("HX-Request", "true")
			.param("body", "The newest word")
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(section).contains("The newest word", "Show more comments");
		assertThat(commentIds(section)).hasSize(51);
	}

	@Test
	void theApiPagesWithAfterAndLimitAndSaysWhereTheNextPageIs() {
		var first = mvc.get().uri("/api/v1/posts/{id}/comments?limit=70", post.id()).exchange();
		assertThat(first).hasStatusOk().bodyJson().extractingPath("$.length()").isEqualTo(70);
		String next = first.getResponse().getHeader(HttpHeaders.LINK);
		assertThat(next)
			.isEqualTo("</api/v1/posts/" + post.id() + "/comments?after=" + ids.get(69) + "&limit=70>; rel=\"next\"");
		var second = mvc.get().uri(next.substring(1, next.indexOf('>'))).exchange();
		assertThat(second).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].id")
			.asNumber()
			.isEqualTo(ids.get(70).intValue());
		assertThat(second.getResponse().getHeader(HttpHeaders.LINK)).isNull();
		assertThat(mvc.get().uri("/api/v1/posts/{id}/comments", post.id())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(100);
	}

	private String html(String uri) {
		try {
			return mvc.get().uri(uri, post.id()).exchange().getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Long> commentIds(String html) {
		Matcher matcher = COMMENT_IDS.matcher(html);
		List<Long> found = new java.util.ArrayList<>();
		while (matcher.find()) {
			found.add(Long.parseLong(matcher.group(1)));
		}
		return found;
	}

}
