package org.fanloop.posts;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The board, post, new-post and profile pages, and the htmx fragments they exchange.
 */
@FanloopIntegrationTest
class PostPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	PostService posts;

	@Test
	void theHomePageListsTheProducts() {
		Product product = community.product();
		assertThat(mvc.get().uri("/")).hasStatusOk().bodyText().contains(product.name(), "/products/" + product.slug());
	}

	@Test
	void theBoardShowsPostsEscapedWithLoginLinksForVisitors() {
		Product product = community.product();
		Post post = community.post(product, community.fan(), "bug", "Crash when <script>alert(1)</script> is typed");
		assertThat(mvc.get().uri("/products/{slug}", product.slug())).hasStatusOk()
			.bodyText()
			.contains("Crash when &lt;script&gt;alert(1)&lt;/script&gt; is typed", "/posts/" + post.id())
			.contains("href=\"/login?vote=" + post.id() + "\"")
			.doesNotContain("kind=&", "kind=\"", "status=&", "status=\"")
			.doesNotContain("<script>alert(1)");
		assertThat(mvc.get().uri("/products/no-such-product").accept(MediaType.TEXT_HTML)).hasStatus(404);
	}

	@Test
	void theNextBoardPageComesAsAFragmentForHtmx() throws Exception {
		Product product = community.product();
		SignedInMember author = community.fan();
		for (int i = 0; i < 21; i++) {
			community.post(product, author, "idea", "Idea for the second page " + i);
		}
		String board = mvc.get()
			.uri("/products/{slug}?sort=new", product.slug())
			.exchange()
			.getResponse()
			.getContentAsString();
		String cursor = board.replaceAll("(?s).*cursor=([A-Za-z0-9_-]+).*", "$1");
		assertThat(mvc.get()
			.uri("/products/{slug}?sort=new&cursor={cursor}", product.slug(), cursor)
			.header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("Idea for the second page 0")
			.doesNotContain("<html", "Idea for the second page 1<");
	}

	@Test
	void visitorsAreSentToLogInBeforePostingVotingOrCommenting() {
		Product product = community.product();
		Post post = community.post(product, community.fan());
		assertThat(mvc.get().uri("/products/{slug}/posts/new", product.slug())).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		assertThat(mvc.put().uri("/posts/{id}/vote", post.id()).header("HX-Request", "true").with(csrf()))
			.hasStatus(401)
			.hasHeader("HX-Redirect", "/login");
		assertThat(mvc.post().uri("/posts/{id}/comments", post.id()).param("body", "hi").with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(posts.comments(post.id(), 0, 50).items()).isEmpty();
	}

	@Test
	void aMemberPostsThroughTheFormAndSeesWhatIsWrongFirst() {
		Product product = community.product();
		SignedInMember fan = community.fan();
		assertThat(mvc.post()
			.uri("/products/{slug}/posts", product.slug())
			.param("kind", "idea")
			.param("title", "no")
			.param("body", "")
			.with(authentication(Community.session(fan)))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Give it a title: at least 2 Chinese", "value=\"no\"")
			.doesNotContain("size must be");
		assertThat(mvc.post()
			.uri("/products/{slug}/posts", product.slug())
			.param("kind", "question")
			.param("title", "How do I export my data?")
			.param("body", "Asking for a friend.")
			.with(authentication(Community.session(fan)))
			.with(csrf())).hasStatus3xxRedirection().redirectedUrl().matches("/posts/\\d+");
		assertThat(mvc.post()
			.uri("/products/{slug}/posts", product.slug())
			.param("kind", "idea")
			.param("title", "Without a CSRF token")
			.with(authentication(Community.session(fan)))).hasStatus(403);
	}

	@Test
	void theVoteButtonTogglesThroughHtmxFragments() {
		Post post = community.post(community.product(), community.fan());
		SignedInMember fan = community.fan();
		assertThat(mvc.put()
			.uri("/posts/{id}/vote", post.id())
			.header("HX-Request", "true")
			.with(authentication(Community.session(fan)))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("class=\"vote voted\"", "hx-delete=\"/posts/" + post.id() + "/vote\"", ">2</span>")
			.doesNotContain("<html");
		assertThat(mvc.delete()
			.uri("/posts/{id}/vote", post.id())
			.header("HX-Request", "true")
			.with(authentication(Community.session(fan)))
			.with(csrf())).hasStatusOk().bodyText().contains("hx-put=\"/posts/" + post.id() + "/vote\"", ">1</span>");
		assertThat(mvc.put().uri("/posts/{id}/vote", post.id()).with(authentication(Community.session(fan))))
			.hasStatus(403);
	}

	@Test
	void withoutJavaScriptTheVoteFormPostsAndLeadsBackToTheSamePage() {
		Product product = community.product();
		Post post = community.post(product, community.fan());
		SignedInMember fan = community.fan();
		assertThat(mvc.get().uri("/products/{slug}", product.slug()).with(authentication(Community.session(fan))))
			.hasStatusOk()
			.bodyText()
			.contains("<form class=\"vote-form\" method=\"post\" action=\"/posts/" + post.id() + "/vote\">",
					"name=\"_csrf\"", "name=\"voted\" value=\"true\"");

		assertThat(mvc.post()
			.uri("/posts/{id}/vote", post.id())
			.param("voted", "true")
			.header("Referer", "https://elsewhere.example/products/" + product.slug() + "?sort=new")
			.with(authentication(Community.session(fan)))
			.with(csrf())).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/products/" + product.slug() + "?sort=new#vote-" + post.id());
		assertThat(posts.get(post.id(), null).voteCount()).isEqualTo(2);
		assertThat(mvc.post()
			.uri("/posts/{id}/vote", post.id())
			.param("voted", "false")
			.with(authentication(Community.session(fan)))
			.with(csrf())).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/posts/" + post.id() + "#vote-" + post.id());
		assertThat(posts.get(post.id(), null).voteCount()).isEqualTo(1);

		assertThat(mvc.post()
			.uri("/posts/{id}/vote", post.id())
			.param("voted", "true")
			.with(authentication(Community.session(fan)))).as("without the CSRF token").hasStatus(403);
		assertThat(mvc.post().uri("/posts/{id}/vote", post.id()).param("voted", "true").with(csrf()))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		assertThat(posts.get(post.id(), null).voteCount()).isEqualTo(1);
	}

	@Test
	void commentingSwapsTheCommentsSectionOrRedirectsWithoutJavaScript() {
		Product product = community.product();
		Post post = community.post(product, community.fan());
		SignedInMember staff = community.staffOf(product);
		assertThat(mvc.post()
			.uri("/posts/{id}/comments", post.id())
			.header("HX-Request", "true")
			.param("body", "Thanks, **we see it**.")
			.with(authentication(Community.session(staff)))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("id=\"comments\"", "<strong>we see it</strong>", "Official answer", "1 comment")
			.doesNotContain("<html");
		assertThat(mvc.post()
			.uri("/posts/{id}/comments", post.id())
			.header("HX-Request", "true")
			.param("body", " ")
			.with(authentication(Community.session(staff)))
			.with(csrf())).hasStatusOk().bodyText().contains("Write something first.");
		assertThat(mvc.post()
			.uri("/posts/{id}/comments", post.id())
			.param("body", "Without htmx")
			.with(authentication(Community.session(community.fan())))
			.with(csrf())).hasStatus3xxRedirection().redirectedUrl().startsWith("/posts/" + post.id() + "#comment-");
		assertThat(posts.comments(post.id(), 0, 50).items()).extracting(Comment::official).containsExactly(true, false);
	}

	@Test
	void staffSeeTheStatusFormAndMoveThePostWithANote() throws Exception {
		Product product = community.product();
		Post post = community.post(product, community.fan());
		SignedInMember staff = community.staffOf(product);
		SignedInMember fan = community.fan();
		assertThat(mvc.get().uri("/posts/{id}", post.id()).with(authentication(Community.session(fan)))).bodyText()
			.doesNotContain("Change the status");
		assertThat(mvc.get().uri("/posts/{id}", post.id()).with(authentication(Community.session(staff)))).bodyText()
			.contains("Change the status");

		assertThat(mvc.post()
			.uri("/posts/{id}/status", post.id())
			.param("status", "planned")
			.param("note", "Coming in **May**.")
			.with(authentication(Community.session(fan)))
			.with(csrf())
			.accept(MediaType.TEXT_HTML)).hasStatus(403);
		assertThat(mvc.post()
			.uri("/posts/{id}/status", post.id())
			.param("status", "planned")
			.param("note", "Coming in **May**.")
			.with(authentication(Community.session(staff)))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/posts/{id}", post.id())).bodyText()
			.contains("moved it to Planned", "Coming in <strong>May</strong>.", "status-planned");
		MvcTestResult noNote = mvc.post()
			.uri("/posts/{id}/status", post.id())
			.param("status", "shipped")
			.param("note", "")
			.with(authentication(Community.session(staff)))
			.with(csrf())
			.exchange();
		assertThat(noNote).hasStatus3xxRedirection().flash().containsKeys("statusError", "statusChosen");
		// The form comes back with the status the staff member chose and one sentence.
		// As the browser follows the redirect: the flash waits in the session.
		String again = mvc.get()
			.uri("/posts/{id}", post.id())
			.with(authentication(Community.session(staff)))
			.cookie(noNote.getResponse().getCookie("SESSION"))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(again).containsPattern("<option value=\"shipped\"\\s+selected=\"selected\">")
			.doesNotContainPattern("<option value=\"planned\"\\s+selected")
			.contains("Say why, in a public note")
			.doesNotContain("must not be blank", "note must");
	}

	@Test
	void aProfileListsTheMembersPosts() {
		Product product = community.product();
		SignedInMember fan = community.fan();
		community.post(product, fan, "idea", "My very own idea");
		assertThat(mvc.get().uri("/members/{u}", fan.username())).hasStatusOk()
			.bodyText()
			.contains(fan.username(), "My very own idea", product.name());
		assertThat(mvc.get().uri("/members/nobody-at-all").accept(MediaType.TEXT_HTML)).hasStatus(404);
	}

}
