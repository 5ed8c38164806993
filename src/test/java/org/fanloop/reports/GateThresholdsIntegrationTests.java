package org.fanloop.reports;

import java.util.List;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.fanloop.releases.Build;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The testers decide: a product's report thresholds become rules of the promotion gate,
 * which refuses promotion while one fails and lets it through once all pass.
 */
@FanloopIntegrationTest
class GateThresholdsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Test
	void onlyStaffSetTheThresholdsAndEachIsChecked() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		String gate = "/api/v1/products/" + product.slug() + "/gate";
		assertThat(community.get(mvc, gate, staff)).hasStatus(200).bodyJson().extractingPath("$.minReports").isNull();
		assertThat(mvc.get().uri(gate)).hasStatus(401);
		assertThat(community.get(mvc, gate, community.fan())).hasStatus(403);
		assertThat(community.putJson(mvc, gate, community.fan(), "{\"minReports\": 1}")).hasStatus(403);
		assertThat(community.putJson(mvc, gate, staff, "{\"maxDislikeShare\": 1.5}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("maxDislikeShare");
		assertThat(community.putJson(mvc, gate, staff, "{\"minAverageScore\": 6}")).hasStatus(400);
		assertThat(community.putJson(mvc, gate, staff, "{\"minReports\": 0}")).hasStatus(400);
		assertThat(community.putJson(mvc, gate, staff, """
				{"minReports": 3, "minAverageScore": 3.5, "maxDislikeShare": 0.25}""")).hasStatus(200);
		assertThat(community.get(mvc, gate, staff)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.minReports").isEqualTo(3);
			assertThat(json).extractingPath("$.minAverageScore").isEqualTo(3.5);
			assertThat(json).extractingPath("$.maxDislikeShare").isEqualTo(0.25);
		});
		assertThat(community.putJson(mvc, gate, staff, "{\"minReports\": null}")).hasStatus(200)
			.bodyJson()
			.extractingPath("$.minAverageScore")
			.isNull();
	}

	@Test
	void staffSetTheThresholdsOnTheirPage() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		String page = "/products/" + product.slug() + "/gate";
		assertThat(mvc.get().uri(page)).hasStatus3xxRedirection();
		assertThat(mvc.get().uri(page).with(authentication(Community.session(community.fan())))).hasStatus(403);
		assertThat(mvc.get().uri(page).with(authentication(Community.session(staff)))).hasStatusOk()
			.bodyText()
			.contains("At least this many reports");
		assertThat(mvc.post()
			.uri(page)
			.param("minReports", "2")
			.param("minAverageScore", "9")
			.param("maxDislikeShare", "")
			.with(authentication(Community.session(staff)))
			.with(csrf())).hasStatusOk().bodyText().contains("Use a score from 1 to 5, or leave it empty.");
		assertThat(mvc.post()
			.uri(page)
			.param("minReports", "2")
			.param("minAverageScore", "3.5")
			.param("maxDislikeShare", "")
			.with(authentication(Community.session(staff)))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(community.get(mvc, "/api/v1/products/" + product.slug() + "/gate", staff)).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.minReports").isEqualTo(2);
				assertThat(json).extractingPath("$.minAverageScore").isEqualTo(3.5);
				assertThat(json).extractingPath("$.maxDislikeShare").isNull();
			});
		assertThat(
				mvc.get().uri("/products/" + product.slug() + "/train").with(authentication(Community.session(staff))))
			.bodyText()
			.contains("href=\"" + page + "\"");
	}

	@Test
	void promotionWaitsForTheTestersVerdict() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		Post dark = community.post(product, community.fan(), "idea", "Dark mode for the lock screen");
		Build beta = community.liveBeta(product, staff, "8.0-beta.1", dark.id());
		String build = "/api/v1/builds/" + beta.id();
		assertThat(community.get(mvc, build, staff)).bodyJson()
			.extractingPath("$.gate.rules[*].name")
			.asArray()
			.containsExactly("no-open-blockers");

		community.putJson(mvc, "/api/v1/products/" + product.slug() + "/gate", staff, """
				{"minReports": 3, "minAverageScore": 3.5, "maxDislikeShare": 0.25}""");
		SignedInMember first = community.testerOf(product);
		report(beta, first, dark, "dislike", 3);
		assertThat(community.get(mvc, build, staff)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.gate.passed").isEqualTo(false);
			assertThat(json).extractingPath("$.gate.rules[1].detail").isEqualTo("1 experience report, 3 needed.");
			assertThat(json).extractingPath("$.gate.rules[2].detail")
				.isEqualTo("Average score 3.0, at least 3.5 needed.");
			assertThat(json).extractingPath("$.gate.rules[3].detail")
				.isEqualTo("Post #" + dark.id() + " disliked by 100 %, at most 25 %.");
		});
		assertThat(community.postJson(mvc, build + "/promote", staff, "{}")).hasStatus(409);

		// Two more: three reports, average (3 + 5 + 5) / 3 = 4.33, but 1 of 3 dislike it.
		report(beta, community.testerOf(product), dark, "like", 5);
		report(beta, community.testerOf(product), dark, "like", 5);
		assertThat(community.get(mvc, build, staff)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.gate.rules[1].passed").isEqualTo(true);
			assertThat(json).extractingPath("$.gate.rules[2].detail")
				.isEqualTo("Average score 4.33, at least 3.5 needed.");
			assertThat(json).extractingPath("$.gate.rules[3].detail")
				.isEqualTo("Post #" + dark.id() + " disliked by 33 %, at most 25 %.");
		});
		assertThat(community.postJson(mvc, build + "/promote", staff, "{}")).hasStatus(409);

		// The first tester changes their mind: nobody dislikes it now.
		report(beta, first, dark, "neutral", 3);
		assertThat(community.get(mvc, build, staff)).bodyJson().extractingPath("$.gate.passed").isEqualTo(true);
		assertThat(community.postJson(mvc, build + "/promote", staff, "{}")).hasStatus(200);
	}

	private void report(Build beta, SignedInMember tester, Post post, String rating, int score) {
		assertThat(community.postJson(mvc, "/api/v1/builds/" + beta.id() + "/reports", tester, """
				{"ratings": {"%d": "%s"}, "score": %d}""".formatted(post.id(), rating, score)))
			.hasStatus2xxSuccessful();
	}

}
