package org.fanloop.releases;

import java.util.List;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.NewPost;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostService;
import org.fanloop.products.Product;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * A beta's "What to Test": written from its posts when drafted, following them while
 * nobody edited it, and staff's to change before and after publishing.
 */
@FanloopIntegrationTest
class WhatToTestIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	BuildService builds;

	@Autowired
	PostService posts;

	@Test
	void aBetaIsDraftedWithWhatToTestFromItsPosts() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember fan = community.fan();
		Post dark = posts.create(product.slug(),
				new NewPost("idea", "Dark mode for the *lock* screen", "Make the lock screen dark. It hurts at night."),
				fan);
		Post crash = posts.create(product.slug(), new NewPost("bug", "Crash on start", "It crashes."), fan);
		Build beta = builds.draft(product.slug(),
				new NewBuild("6.0-beta.1", "beta", "", List.of(dark.id(), crash.id())), staff);
		assertThat(beta.whatToTest()).isEqualTo("""
				**Try what is new or changed**

				- Dark mode for the \\*lock\\* screen: Make the lock screen dark. (#%d)

				**Check that these bugs are fixed**

				- Crash on start: It crashes. (#%d)""".formatted(dark.id(), crash.id()));
		assertThat(beta.whatToTestHtml()).contains("<strong>Try what is new or changed</strong>", "*lock*")
			.doesNotContain("<em>");

		// Nobody edited it: it follows the posts.
		Build fewer = builds.update(beta.id(), new BuildUpdate("", List.of(dark.id())), staff);
		assertThat(fewer.whatToTest()).doesNotContain("Crash on start");

		String uri = "/api/v1/builds/" + beta.id() + "/what-to-test";
		assertThat(community.putJson(mvc, uri, staff, """
				{"text": "Use the **lock screen** at night for a week."}""")).hasStatus(200)
			.bodyJson()
			.extractingPath("$.whatToTestHtml")
			.asString()
			.contains("<strong>lock screen</strong>");
		// Edited: staff's words stay when the posts change.
		assertThat(builds.update(beta.id(), new BuildUpdate("", List.of(dark.id(), crash.id())), staff).whatToTest())
			.isEqualTo("Use the **lock screen** at night for a week.");

		builds.publish(beta.id(), staff);
		SignedInMember tester = community.testerOf(product);
		assertThat(community.putJson(mvc, uri, tester, "{\"text\": \"mine\"}")).hasStatus(403);
		assertThat(community.putJson(mvc, uri, community.fan(), "{\"text\": \"mine\"}")).hasStatus(404);
		assertThat(community.putJson(mvc, uri, staff, "{\"text\": \"\"}")).as("empty: written from the posts again")
			.hasStatus(200)
			.bodyJson()
			.extractingPath("$.whatToTest")
			.asString()
			.contains("Crash on start");
		assertThat(mvc.get().uri("/builds/{id}", beta.id()).with(authentication(Community.session(tester)))).bodyText()
			.contains("What to Test", "Check that these bugs are fixed")
			.doesNotContain("Edit What to Test");
		assertThat(mvc.get().uri("/builds/{id}/report", beta.id()).with(authentication(Community.session(tester))))
			.bodyText()
			.contains("What to Test", "Crash on start");

		Build stable = builds.draft(product.slug(), new NewBuild("6.0.1", "stable", "", List.of()), staff);
		assertThat(stable.whatToTest()).isEmpty();
		assertThat(
				community.putJson(mvc, "/api/v1/builds/" + stable.id() + "/what-to-test", staff, "{\"text\": \"x\"}"))
			.hasStatus(409);
	}

}
