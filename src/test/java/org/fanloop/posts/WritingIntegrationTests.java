package org.fanloop.posts;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The Markdown preview (sanitized as saved text is), a board's roadmap with its counts,
 * and the Atom feed of its new posts.
 */
@FanloopIntegrationTest
class WritingIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	PostService posts;

	@Autowired
	PostEditing editing;

	@Test
	void thePreviewShowsMarkdownAsItWillBeSavedAndSanitized() {
		SignedInMember fan = community.fan();
		String draft = "**Dark** mode <script>alert(1)</script> [link](javascript:alert(2))";
		assertThat(community.postJson(mvc, "/api/v1/markdown/preview", fan, """
				{"body": "%s"}""".formatted(draft))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.html")
			.asString()
			.contains("<strong>Dark</strong>")
			.doesNotContain("<script", "javascript:");
		assertThat(mvc.post()
			.uri("/preview")
			.param("body", draft)
			.header("HX-Request", "true")
			.with(authentication(Community.session(fan)))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("<strong>Dark</strong>")
			.doesNotContain("<script", "<html");
		assertThat(mvc.post()
			.uri("/preview")
			.param("body", draft)
			.with(authentication(Community.session(fan)))
			.with(csrf())).hasStatusOk().bodyText().contains("<html", "nothing was saved", "<strong>Dark</strong>");
		assertThat(
				mvc.post().uri("/api/v1/markdown/preview").contentType("application/json").content("{\"body\": \"x\"}"))
			.as("members only")
			.hasStatus(401);
	}

	@Test
	void theRoadmapCountsAndListsPlannedInBetaAndShippedPosts() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember fan = community.fan();
		Post planned = community.post(product, fan, "idea", "Offline maps on the watch");
		Post alsoPlanned = community.post(product, fan, "idea", "Louder alarm sounds");
		Post shipped = community.post(product, fan, "idea", "A darker night theme");
		Post hidden = community.post(product, fan, "idea", "Buy cheap watches here");
		Post open = community.post(product, fan, "idea", "Still just an idea");
		posts.changeStatus(planned.id(), new StatusUpdate("planned", "Next."), staff);
		posts.changeStatus(alsoPlanned.id(), new StatusUpdate("planned", "Next."), staff);
		posts.changeStatus(shipped.id(), new StatusUpdate("shipped", "Done."), staff);
		posts.changeStatus(hidden.id(), new StatusUpdate("planned", "Oops."), staff);
		editing.moderate(hidden.id(), ModerationAction.SPAM, "Shop.", staff);

		String roadmap = mvc.get()
			.uri("/products/" + product.slug() + "/roadmap")
			.exchange()
			.getResponse()
			.getContentAsString()
			.replaceAll("\\s+", " ");
		assertThat(roadmap).contains(planned.title(), alsoPlanned.title(), shipped.title())
			.doesNotContain(hidden.title(), open.title())
			.containsPattern("Planned</span> <span class=\"count\">2</span>")
			.containsPattern("In beta</span> <span class=\"count\">0</span>")
			.containsPattern("Shipped</span> <span class=\"count\">1</span>");
	}

	@Test
	void aBoardHasAnAtomFeedOfItsNewPosts() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember fan = community.fan();
		Post first = community.post(product, fan, "idea", "First <idea> & more");
		Post second = community.post(product, fan, "bug", "Crash when pairing");
		Post spam = community.post(product, fan, "idea", "Cheap pills");
		editing.moderate(spam.id(), ModerationAction.SPAM, "Spam.", staff);
		assertThat(mvc.get().uri("/products/" + product.slug() + "/posts.atom")).hasStatusOk()
			.hasContentType("application/atom+xml;charset=UTF-8")
			.bodyText()
			.contains("<feed", "First &lt;idea&gt; &amp; more", "Crash when pairing", "/posts/" + first.id(),
					"/posts/" + second.id())
			.doesNotContain("Cheap pills")
			.satisfies(xml -> assertThat(xml.indexOf("Crash when pairing")).as("newest first")
				.isLessThan(xml.indexOf("First &lt;idea&gt;")));
	}

}
