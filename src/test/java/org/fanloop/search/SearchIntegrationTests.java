package org.fanloop.search;

import java.time.Duration;
import java.util.List;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Search through {@code /api/v1/search}: English word forms and Chinese words find their
 * posts, filters and orders hold, pages follow each other without repeats, snippets are
 * escaped and marked, bad parameters are 400s, and the index follows changes (a new
 * comment, a status, a deletion) and can be rebuilt from the database.
 */
@FanloopIntegrationTest
class SearchIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	SearchService search;

	Product product;

	SignedInMember fan;

	@BeforeEach
	void aProduct() {
		product = community.product();
		fan = community.fan();
	}

	@Test
	void englishWordFormsAndChineseWordsFindTheirPosts() {
		Post crash = community.post(product, fan, "bug", "The camera crashes on start",
				"Every time I open it <script>alert(1)</script> it crashed twice.");
		Post dark = community.post(product, fan, "idea", "深色模式太亮了", "夜间使用深色模式时屏幕仍然太亮。");
		community.post(product, fan, "idea", "Weather widget on the lock screen", "Please.");
		awaitIndexed(crash.id(), dark.id());

		assertThat(ids("q=crashing&product=" + product.slug())).containsExactly(crash.id());
		assertThat(ids("q=深色模式&product=" + product.slug())).containsExactly(dark.id());
		assertThat(mvc.get().uri("/api/v1/search?q=crashed&product=" + product.slug())).bodyJson()
			.extractingPath("$.items[0].snippet")
			.asString()
			.contains("<mark>crashed</mark>", "&lt;script&gt;")
			.doesNotContain("<script>");
	}

	@Test
	void filtersOrdersAndPagesHold() {
		String word = Community.unique("zorbit");
		Post first = community.post(product, fan, "bug", "First " + word, "");
		Post second = community.post(product, fan, "idea", "Second " + word, "");
		Post third = community.post(product, fan, "idea", "Third " + word, "");
		community.postJson(mvc, "/api/v1/posts/" + first.id() + "/vote", community.fan(), "");
		awaitIndexed(first.id(), second.id(), third.id());

		assertThat(ids("q=" + word + "&kind=bug")).containsExactly(first.id());
		assertThat(ids("q=" + word + "&sort=newest")).containsExactly(third.id(), second.id(), first.id());
		String next = body("q=" + word + "&sort=newest&limit=2").replaceAll("(?s).*\"nextCursor\":\"([^\"]+)\".*",
				"$1");
		assertThat(ids("q=" + word + "&sort=newest&limit=2&cursor=" + next)).containsExactly(first.id());
		assertThat(ids("q=" + word + "&status=planned")).isEmpty();
	}

	@Test
	void theIndexFollowsChangesAndIsRebuiltFromTheDatabase() {
		String word = Community.unique("quaxle");
		Post post = community.post(product, fan, "idea", "Nothing to see", "");
		awaitIndexed(post.id());
		community.postJson(mvc, "/api/v1/posts/" + post.id() + "/comments", fan, """
				{"body": "It should %s"}""".formatted(word));
		await().atMost(Duration.ofSeconds(10)).until(() -> ids("q=" + word).contains(post.id()));

		assertThat(community.postJson(mvc, "/api/v1/admin/search/rebuild", community.admin(), "")).hasStatus(202);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !search.state().rebuilding() && ids("q=" + word).equals(List.of(post.id())));
		assertThat(community.get(mvc, "/api/v1/admin/search", community.admin())).bodyJson()
			.extractingPath("$.indexed")
			.asNumber()
			.satisfies(indexed -> assertThat(indexed.intValue()).isPositive());
		assertThat(search.rebuild()).isPositive();
		assertThat(ids("q=" + word)).containsExactly(post.id());

		assertThat(mvc.delete().uri("/api/v1/posts/" + post.id()).headers(community.bearer(community.admin())))
			.hasStatus2xxSuccessful();
		await().atMost(Duration.ofSeconds(10)).until(() -> ids("q=" + word).isEmpty());
	}

	@Test
	void similarPostsOfTheProductComeBestFirstWithScores() {
		String word = Community.unique("glimmer");
		Post close = community.post(product, fan, "idea", "Dark mode for the " + word + " settings screen",
				"The settings are too bright at night.");
		Post loose = community.post(product, fan, "idea", "A " + word + " widget", "");
		Product other = community.product();
		Post elsewhere = community.post(other, fan, "idea", "Dark mode for the " + word + " settings screen", "");
		awaitIndexed(close.id(), loose.id());
		awaitIndexedIn(other, elsewhere.id());

		var similar = mvc.get()
			.uri("/api/v1/products/" + product.slug() + "/similar?q=" + word + " settings in dark mode&limit=5");
		assertThat(similar).hasStatusOk();
		assertThat(similar).bodyJson().extractingPath("$[0].id").asNumber().isEqualTo((int) close.id());
		assertThat(similar).bodyJson().extractingPath("$[1].id").asNumber().isEqualTo((int) loose.id());
		assertThat(similar).bodyJson()
			.extractingPath("$[0].score")
			.asNumber()
			.satisfies(score -> assertThat(score.doubleValue()).isPositive());
		assertThat(similar).bodyJson().extractingPath("$.length()").asNumber().isEqualTo(2);
		assertThat(mvc.get().uri("/api/v1/products/" + product.slug() + "/similar?q=")).bodyJson()
			.extractingPath("$.length()")
			.asNumber()
			.isEqualTo(0);
		for (String query : List.of("q=x&limit=0", "q=x&limit=21", "q=" + "x".repeat(2001))) {
			assertThat(mvc.get().uri("/api/v1/products/" + product.slug() + "/similar?" + query)).as(query)
				.hasStatus(400)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		assertThat(mvc.get().uri("/api/v1/products/no-such-product/similar?q=x")).hasStatus(404);
	}

	@Test
	void theNewPostFormShowsSimilarPostsAsTheTitleIsTypedAndByItsButton() {
		String word = Community.unique("snorkel");
		Post existing = community.post(product, fan, "idea", "Offline maps for " + word + " trips", "");
		awaitIndexed(existing.id());

		// htmx: the list alone, each with its vote button.
		assertThat(mvc.get()
			.uri("/products/" + product.slug() + "/similar?title=offline " + word + " map")
			.header("HX-Request", "true")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.authentication(Community.session(fan))))
			.hasStatusOk()
			.bodyText()
			.contains("/posts/" + existing.id(), "vote-" + existing.id())
			.doesNotContain("<form class=\"form\"");
		// Without JavaScript: the button POSTs the form and the page comes back filled
		// in.
		assertThat(mvc.post()
			.uri("/products/" + product.slug() + "/similar")
			.param("kind", "idea")
			.param("title", "Offline " + word + " maps please")
			.param("body", "For hiking <b>trips</b>")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.authentication(Community.session(fan))))
			.hasStatusOk()
			.bodyText()
			.contains("/posts/" + existing.id(), "value=\"Offline " + word + " maps please\"",
					"For hiking &lt;b&gt;trips&lt;/b&gt;")
			.doesNotContain("<b>trips");
		assertThat(mvc.get().uri("/products/" + product.slug() + "/similar?title=zzqqxx").header("HX-Request", "true"))
			.hasStatusOk()
			.bodyText()
			.contains("Nothing like it yet");
	}

	@Test
	void similarPostsAreFoundByMeaningInOtherWords() {
		Post bright = community.post(product, fan, "bug", "The screen is far too bright at night",
				"Even on the lowest setting it hurts my eyes in bed.");
		Post export = community.post(product, fan, "idea", "Export my photos as a zip file", "");
		awaitIndexed(bright.id(), export.id());

		// Not one word in common with the post, after stemming: found by meaning.
		String typed = "/api/v1/products/" + product.slug() + "/similar?q=Display blinding in a dark bedroom";
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(mvc.get().uri(typed)).bodyJson()
				.extractingPath("$[*].id")
				.asArray()
				.containsExactly((int) bright.id()));
	}

	@Test
	void badParametersAreClearErrors() {
		for (String query : List.of("q=x&sort=bogus", "q=x&cursor=not-a-cursor", "q=x&limit=0", "q=x&limit=101",
				"q=" + "x".repeat(201), "q=x&kind=feature", "q=x&status=nope")) {
			assertThat(mvc.get().uri("/api/v1/search?" + query)).as(query)
				.hasStatus(400)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		assertThat(mvc.get().uri("/api/v1/search?q=x&product=no-such-product")).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/search?q=\"unclosed (+-*")).hasStatus(200);
	}

	/** Waits until the index holds these posts of the test's product. */
	private void awaitIndexed(long... postIds) {
		awaitIndexedIn(product, postIds);
	}

	private void awaitIndexedIn(Product product, long... postIds) {
		for (long id : postIds) {
			await().atMost(Duration.ofSeconds(10))
				.until(() -> search.search(new SearchQuery("", product.id(), null, null, SearchOrder.NEWEST, null, 100))
					.items()
					.stream()
					.anyMatch(hit -> hit.id() == id));
		}
	}

	private String body(String query) {
		try {
			return mvc.get()
				.uri("/api/v1/search?" + query)
				.exchange()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<Long> ids(String query) {
		String json = body(query);
		return java.util.regex.Pattern.compile("\\{\"id\":(\\d+)")
			.matcher(json)
			.results()
			.map(match -> Long.parseLong(match.group(1)))
			.toList();
	}

}
