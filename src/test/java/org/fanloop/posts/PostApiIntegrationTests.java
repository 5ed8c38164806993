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

/**
 * Posts, comments and statuses through {@code /api/v1}.
 */
@FanloopIntegrationTest
class PostApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Test
	void aMemberPostsAndThePostStartsOpenWithTheAuthorsVote() {
		Product product = community.product();
		SignedInMember fan = community.fan();
		MvcTestResult created = post("/api/v1/products/" + product.slug() + "/posts", fan, """
				{"kind": "idea", "title": "  Dark   mode for the lock screen ", "body": "Please **soon**"}""");
		assertThat(created).hasStatus(201)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Dark mode for the lock screen");
		assertThat(created).bodyJson().extractingPath("$.bodyHtml").isEqualTo("<p>Please <strong>soon</strong></p>\n");
		String location = created.getResponse().getHeader("Location");
		assertThat(mvc.get().uri(location).headers(community.bearer(fan))).hasStatus(200).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.status").isEqualTo("open");
			assertThat(json).extractingPath("$.kind").isEqualTo("idea");
			assertThat(json).extractingPath("$.voteCount").isEqualTo(1);
			assertThat(json).extractingPath("$.voted").isEqualTo(true);
			assertThat(json).extractingPath("$.commentCount").isEqualTo(0);
			assertThat(json).extractingPath("$.authorName").isEqualTo(fan.username());
			assertThat(json).extractingPath("$.productSlug").isEqualTo(product.slug());
		});
	}

	@Test
	void shortChineseTitlesAreWholeTitles() {
		Product product = community.product();
		String posts = "/api/v1/products/" + product.slug() + "/posts";
		for (String title : new String[] { "深色模式", "省电", "ダーク", "다크모드", "Dark" }) {
			assertThat(post(posts, community.fan(), """
					{"kind": "idea", "title": "%s"}""".formatted(title))).as(title).hasStatus(201);
		}
		for (String title : new String[] { "深", "abc", "a b" }) {
			assertThat(post(posts, community.fan(), """
					{"kind": "idea", "title": "%s"}""".formatted(title))).as(title)
				.hasStatus(400)
				.bodyJson()
				.extractingPath("$.errors[0].message")
				.asString()
				.startsWith("Give it a title");
		}
	}

	@Test
	void refusesInvalidPostsFieldByField() {
		Product product = community.product();
		assertThat(post("/api/v1/products/" + product.slug() + "/posts", community.fan(), """
				{"kind": "wish", "title": "abc", "body": "%s"}""".formatted("x".repeat(20001)))).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("kind", "title", "body");
		assertThat(post("/api/v1/products/" + product.slug() + "/posts", community.fan(), """
				{"kind": "bug", "title": "%s"}""".formatted("t".repeat(151)))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("title");
		assertThat(post("/api/v1/products/no-such-product/posts", community.fan(), """
				{"kind": "bug", "title": "A fine title"}""")).hasStatus(404);
		assertThat(mvc.post()
			.uri("/api/v1/products/" + product.slug() + "/posts")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "bug", "title": "A fine title"}""")).hasStatus(401);
	}

	@Test
	void aStaffCommentIsAnOfficialAnswerAndAFansIsNot() {
		Product product = community.product();
		SignedInMember fan = community.fan();
		Post post = community.post(product, fan);
		SignedInMember staff = community.staffOf(product);
		assertThat(post("/api/v1/posts/" + post.id() + "/comments", fan, """
				{"body": "Me too <script>x</script>"}""")).hasStatus(201).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.official").isEqualTo(false);
			assertThat(json).extractingPath("$.bodyHtml").asString().doesNotContain("<script");
		});
		assertThat(post("/api/v1/posts/" + post.id() + "/comments", staff, """
				{"body": "We're on it."}""")).hasStatus(201).bodyJson().extractingPath("$.official").isEqualTo(true);
		assertThat(post("/api/v1/posts/" + post.id() + "/comments", community.admin(), """
				{"body": "Admins answer officially too."}""")).bodyJson().extractingPath("$.official").isEqualTo(true);

		assertThat(mvc.get().uri("/api/v1/posts/" + post.id() + "/comments")).hasStatus(200)
			.bodyJson()
			.extractingPath("$[*].official")
			.asArray()
			.containsExactly(false, true, true);
		assertThat(mvc.get().uri("/api/v1/posts/" + post.id())).bodyJson()
			.extractingPath("$.commentCount")
			.isEqualTo(3);
	}

	@Test
	void refusesEmptyCommentsAndCommentsOnMissingPosts() {
		Post post = community.post(community.product(), community.fan());
		assertThat(post("/api/v1/posts/" + post.id() + "/comments", community.fan(), """
				{"body": "   "}""")).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("body");
		assertThat(post("/api/v1/posts/" + post.id() + "/comments", community.fan(), """
				{"body": "%s"}""".formatted("x".repeat(10001)))).hasStatus(400);
		assertThat(post("/api/v1/posts/987654321/comments", community.fan(), """
				{"body": "hello"}""")).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.get().uri("/api/v1/posts/987654321/comments")).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/posts/not-a-number")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void staffMoveAPostWithAPublicNoteThatTheTimelineKeeps() {
		Product product = community.product();
		Post post = community.post(product, community.fan());
		SignedInMember staff = community.staffOf(product);
		assertThat(post("/api/v1/posts/" + post.id() + "/status", staff, """
				{"status": "under_review", "note": "Looking into it."}""")).hasStatus(200)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("under_review");
		assertThat(post("/api/v1/posts/" + post.id() + "/status", staff, """
				{"status": "planned", "note": "For the **next** release."}""")).hasStatus(200);

		assertThat(mvc.get().uri("/api/v1/posts/" + post.id() + "/timeline")).hasStatus(200)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$[*].to").asArray().containsExactly("under_review", "planned");
				assertThat(json).extractingPath("$[1].from").isEqualTo("under_review");
				assertThat(json).extractingPath("$[1].changedBy").isEqualTo(staff.username());
				assertThat(json).extractingPath("$[1].noteHtml")
					.isEqualTo("<p>For the <strong>next</strong> release.</p>\n");
			});
	}

	@Test
	void onlyStaffOfTheProductChangeAStatus() {
		Product product = community.product();
		SignedInMember author = community.fan();
		Post post = community.post(product, author);
		String body = """
				{"status": "planned", "note": "Sure."}""";
		assertThat(post("/api/v1/posts/" + post.id() + "/status", author, body)).hasStatus(403)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(post("/api/v1/posts/" + post.id() + "/status", community.staffOf(community.product()), body))
			.hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/v1/posts/" + post.id() + "/status")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/posts/" + post.id())).bodyJson().extractingPath("$.status").isEqualTo("open");
	}

	@Test
	void refusesAStatusChangeWithoutNoteToAnUnknownOrTheSameStatus() {
		Product product = community.product();
		Post post = community.post(product, community.fan());
		SignedInMember staff = community.staffOf(product);
		assertThat(post("/api/v1/posts/" + post.id() + "/status", staff, """
				{"status": "planned", "note": " "}""")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("note");
		assertThat(post("/api/v1/posts/" + post.id() + "/status", staff, """
				{"status": "merged", "note": "Merging by hand"}""")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("status");
		assertThat(post("/api/v1/posts/" + post.id() + "/status", staff, """
				{"status": "open", "note": "Still open"}""")).hasStatus(409)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(post("/api/v1/posts/987654321/status", staff, """
				{"status": "planned", "note": "x"}""")).hasStatus(404);
	}

	private MvcTestResult post(String uri, SignedInMember member, String json) {
		return community.postJson(mvc, uri, member, json);
	}

}
