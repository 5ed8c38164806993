package org.fanloop.moderation;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Authors edit and delete what they wrote, staff hide, lock, mark spam and restore, and
 * every step keeps votes and the log consistent; members flag to staff.
 */
@FanloopIntegrationTest
class EditingAndModerationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Test
	void authorsEditTheirPostsAndCommentsAndStaffSeeTheEarlierVersions() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember author = community.fan();
		SignedInMember other = community.fan();
		Post post = community.post(product, author);
		String path = "/api/v1/posts/" + post.id();

		assertThat(community.putJson(mvc, path, other, "{\"title\": \"Not mine to change\"}")).hasStatus(403);
		assertThat(community.putJson(mvc, path, author, "{\"title\": \"\"}")).hasStatus(400);
		assertThat(community.putJson(mvc, path, author, """
				{"title": "Dark mode, also for the lock screen", "body": "And the **settings**."}""")).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.title").isEqualTo("Dark mode, also for the lock screen");
				assertThat(json).extractingPath("$.bodyHtml").asString().contains("<strong>settings</strong>");
				assertThat(json).extractingPath("$.editedAt").isNotNull();
			});
		long comment = community.postJson(mvc, path + "/comments", author, "{\"body\": \"First words\"}")
			.getResponse()
			.getContentAsString()
			.transform(json -> Long.parseLong(json.replaceAll(".*\"id\":(\\d+).*", "$1")));
		assertThat(community.putJson(mvc, "/api/v1/comments/" + comment, other, "{\"body\": \"Mine now\"}"))
			.hasStatus(403);
		assertThat(community.putJson(mvc, "/api/v1/comments/" + comment, author, "{\"body\": \"Better words\"}"))
			.hasStatus(204);

		assertThat(community.get(mvc, path + "/revisions", author)).hasStatus(403);
		assertThat(community.get(mvc, path + "/revisions", staff)).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$[0].title").isEqualTo(post.title());
			assertThat(json).extractingPath("$[1].body").isEqualTo("First words");
			assertThat(json).extractingPath("$[1].commentId").asNumber().isEqualTo((int) comment);
		});
		assertThat(mvc.get().uri("/posts/" + post.id()).with(authentication(Community.session(other)))).bodyText()
			.contains("Better words", "· edited")
			.doesNotContain("First words");
	}

	@Test
	void anAuthorDeletesTheirPostWhichKeepsItsVotesButLeavesTheBoard() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember author = community.fan();
		SignedInMember voter = community.fan();
		Post post = community.post(product, author);
		assertThat(mvc.put().uri("/api/v1/posts/{id}/vote", post.id()).headers(community.bearer(voter)))
			.hasStatus2xxSuccessful();

		assertThat(mvc.delete().uri("/api/v1/posts/{id}", post.id()).headers(community.bearer(author))).hasStatus(204);
		assertThat(community.get(mvc, "/api/v1/posts/" + post.id(), voter)).hasStatus(410)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(community.get(mvc, "/api/v1/products/" + product.slug() + "/posts", null)).bodyJson()
			.extractingPath("$.items")
			.asArray()
			.isEmpty();
		assertThat(community.get(mvc, "/api/v1/posts/" + post.id(), staff)).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.moderation").isEqualTo("deleted");
			assertThat(json).extractingPath("$.voteCount").isEqualTo(2);
		});
		assertThat(community.get(mvc, "/api/v1/products/" + product.slug() + "/moderation", staff)).bodyJson()
			.extractingPath("$.log[0].action")
			.isEqualTo("delete");
	}

	@Test
	void staffHideLockMarkSpamAndRestoreAndEveryStepIsLogged() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember author = community.fan();
		SignedInMember reader = community.fan();
		Post post = community.post(product, author);
		String moderation = "/api/v1/posts/" + post.id() + "/moderation";

		assertThat(community.postJson(mvc, "/api/v1/posts/" + post.id() + "/flags", reader, """
				{"reason": "Advertises a shop"}""")).hasStatus(202);
		assertThat(community.get(mvc, "/api/v1/products/" + product.slug() + "/moderation", staff)).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.flags[0].reason").isEqualTo("Advertises a shop");
				assertThat(json).extractingPath("$.flags[0].memberName").isEqualTo(reader.username());
			});
		assertThat(community.postJson(mvc, moderation, author, "{\"action\": \"hide\"}")).hasStatus(403);
		assertThat(community.postJson(mvc, moderation, staff, "{\"action\": \"bury\"}")).hasStatus(400);

		assertThat(community.postJson(mvc, moderation, staff, """
				{"action": "lock", "note": "Heated."}""")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.locked")
			.isEqualTo(true);
		assertThat(community.postJson(mvc, "/api/v1/posts/" + post.id() + "/comments", reader, """
				{"body": "One more"}""")).hasStatus(409);
		assertThat(community.postJson(mvc, "/api/v1/posts/" + post.id() + "/comments", staff, """
				{"body": "The team may still answer."}""")).hasStatus(201);

		assertThat(community.postJson(mvc, moderation, staff, """
				{"action": "spam", "note": "Shop link."}""")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.moderation")
			.isEqualTo("spam");
		assertThat(community.get(mvc, "/api/v1/posts/" + post.id(), reader)).hasStatus(410);
		assertThat(mvc.get().uri("/posts/" + post.id())).hasStatus(410);

		assertThat(community.postJson(mvc, moderation, staff, """
				{"action": "restore", "note": "Was a real question."}""")).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.moderation").isNull();
			assertThat(json).extractingPath("$.locked").isEqualTo(false);
		});
		assertThat(community.get(mvc, "/api/v1/posts/" + post.id(), reader)).hasStatusOk();
		assertThat(community.get(mvc, "/api/v1/products/" + product.slug() + "/moderation", staff)).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.flags").asArray().as("resolved by the actions").isEmpty();
				assertThat(json).extractingPath("$.log[*].action").asArray().containsExactly("restore", "spam", "lock");
				assertThat(json).extractingPath("$.log[1].note").isEqualTo("Shop link.");
			});
		assertThat(mvc.get()
			.uri("/products/" + product.slug() + "/moderation")
			.with(authentication(Community.session(staff)))).hasStatusOk().bodyText().contains("Shop link.");
		assertThat(mvc.get()
			.uri("/products/" + product.slug() + "/moderation")
			.with(authentication(Community.session(reader)))).hasStatus(403);
	}

	@Test
	void deletedAndHiddenCommentsKeepTheirPlaceWithoutTheirWords() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember author = community.fan();
		SignedInMember other = community.fan();
		Post post = community.post(product, staff);
		String comments = "/api/v1/posts/" + post.id() + "/comments";
		community.postJson(mvc, comments, author, "{\"body\": \"Regret this\"}");
		community.postJson(mvc, comments, other, "{\"body\": \"Rude words\"}");
		String listed = community.get(mvc, comments, null).getResponse().getContentAsString();
		long first = Long.parseLong(listed.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		long second = Long.parseLong(listed.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));

		assertThat(mvc.delete().uri("/api/v1/comments/{id}", first).headers(community.bearer(other))).hasStatus(403);
		assertThat(mvc.delete().uri("/api/v1/comments/{id}", first).headers(community.bearer(author))).hasStatus(204);
		assertThat(community.postJson(mvc, "/api/v1/comments/" + second + "/flags", author, """
				{"reason": "Rude"}""")).hasStatus(202);
		assertThat(community.postJson(mvc, "/api/v1/comments/" + second + "/moderation", staff, """
				{"action": "hide", "note": "Rude."}""")).hasStatus(204);
		assertThat(community.postJson(mvc, "/api/v1/comments/" + second + "/moderation", staff, """
				{"action": "lock"}""")).hasStatus(409);

		assertThat(community.get(mvc, comments, null)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$[0].moderation").isEqualTo("deleted");
			assertThat(json).extractingPath("$[0].body").isEqualTo("");
			assertThat(json).extractingPath("$[1].moderation").isEqualTo("hidden");
		});
		assertThat(mvc.get().uri("/posts/" + post.id())).bodyText()
			.contains("This comment was deleted by its author.", "This comment was hidden by the team.")
			.doesNotContain("Regret this", "Rude words");
		assertThat(mvc.post()
			.uri("/comments/" + second + "/moderation")
			.param("action", "restore")
			.with(authentication(Community.session(staff)))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/posts/" + post.id())).bodyText().contains("Rude words");
	}

}
