package org.fanloop.posts;

import java.time.Duration;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Board API pages for signed-out readers are answered again from the node's cache for a
 * moment (here 30 s, to be sure of the moment: the filter is made for the test and put in
 * front of the security filters as in the application, where the tests turn it off);
 * signed-in readers always get a fresh page with their own votes, and only successful
 * answers are kept.
 */
@FanloopIntegrationTest
class SignedOutCacheIntegrationTests {

	@Autowired
	Community community;

	@Autowired
	org.fanloop.voting.VoteService votes;

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void theCacheInFrontOfTheApplication() {
		mvc = MockMvcBuilders.webAppContextSetup(context)
			.addFilters(
					new SignedOutCache().signedOutCacheFilter(new SignedOutCacheSettings(Duration.ofSeconds(30), 100))
						.getFilter())
			.apply(springSecurity())
			.build();
	}

	@Test
	void aSignedOutReaderGetsTheKeptPageAndASignedInOneAFreshOne() throws Exception {
		Product product = community.product();
		Post post = community.post(product, community.fan());
		String board = "/api/v1/products/" + product.slug() + "/posts?sort=top";
		MockHttpServletResponse first = get(board, null);
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(first.getContentAsString()).contains("\"voteCount\":1");

		SignedInMember fan = community.fan();
		votes.cast(post.id(), fan);

		MockHttpServletResponse kept = get(board, null);
		assertThat(kept.getContentAsString()).as("the kept page").isEqualTo(first.getContentAsString());
		assertThat(kept.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(kept.getContentType()).contains("json");
		assertThat(kept.getHeader("Set-Cookie")).isNull();

		MockHttpServletResponse fresh = get(board, community.token(fan));
		assertThat(fresh.getContentAsString()).contains("\"voteCount\":2", "\"voted\":true");
		// Another URL is another page.
		assertThat(get(board + "&limit=5", null).getContentAsString()).contains("\"voteCount\":2");
	}

	@Test
	void signedOutPagesCarryNoTokenAndAreKeptApartFromTheirHtmxFragments() throws Exception {
		Product product = community.product();
		Post post = community.post(product, community.fan());
		String page = "/products/" + product.slug() + "?sort=top";
		MockHttpServletResponse first = get(page, null);
		assertThat(first.getContentAsString()).contains("<html").doesNotContain("hx-headers", "X-XSRF-TOKEN");
		assertThat(first.getCookie("XSRF-TOKEN")).isNull();
		votes.cast(post.id(), community.fan());
		assertThat(get(page, null).getContentAsString()).isEqualTo(first.getContentAsString());

		// The next page of the board, as a page and as htmx's fragment: two answers.
		String cursor = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("top:9:" + (post.id() + 1)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		String next = page + "&cursor=" + cursor;
		assertThat(get(next, null).getContentAsString()).contains("<html");
		MockHttpServletResponse fragment = mvc.perform(MockMvcRequestBuilders.get(next).header("HX-Request", "true"))
			.andReturn()
			.getResponse();
		assertThat(fragment.getStatus()).isEqualTo(200);
		assertThat(fragment.getContentAsString()).doesNotContain("<html");

		MockHttpServletResponse postPage = get("/posts/" + post.id(), null);
		assertThat(postPage.getContentAsString()).contains(post.title());
		assertThat(get("/posts/" + post.id(), null).getContentAsString()).isEqualTo(postPage.getContentAsString());
	}

	@Test
	void aMembersPageIsNeverKeptAndCarriesTheirToken() throws Exception {
		Product product = community.product();
		SignedInMember fan = community.fan();
		String page = "/products/" + product.slug();
		String signedIn = mvc
			.perform(MockMvcRequestBuilders.get(page)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.authentication(Community.session(fan)))
				.cookie(new jakarta.servlet.http.Cookie("SESSION", "abc")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(signedIn).contains("hx-headers", fan.username());
		assertThat(get(page, null).getContentAsString()).doesNotContain(fan.username(), "hx-headers");
	}

	@Test
	void onlySuccessfulAnswersAreKept() throws Exception {
		String slug = Community.unique("later");
		String board = "/api/v1/products/" + slug + "/posts";
		assertThat(get(board, null).getStatus()).isEqualTo(404);
		community.product(slug);
		assertThat(get(board, null).getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse get(String path, String token) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

}
