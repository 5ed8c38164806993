package org.fanloop.reports;

import java.time.Duration;
import java.util.List;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildService;
import org.fanloop.releases.NewBuild;
import org.fanloop.releases.Promotion;
import org.fanloop.releases.Withdrawal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Testers' experience reports through the API: one per tester and build, replaced by a
 * second, closed once the build moves on, checked field by field, and added up on the
 * build against figures worked out by hand.
 */
@FanloopIntegrationTest
class ReportApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	BuildService builds;

	Product product;

	SignedInMember staff;

	Post dark;

	Post maps;

	Build beta;

	@BeforeEach
	void aLiveBetaWithTwoPosts() {
		product = community.product();
		staff = community.staffOf(product);
		dark = community.post(product, community.fan(), "idea", "Dark mode for the lock screen");
		maps = community.post(product, community.fan(), "idea", "Offline maps");
		beta = community.liveBeta(product, staff, "7.0-beta.1", dark.id(), maps.id());
	}

	@Test
	void aTesterReportsAndASecondReportReplacesTheFirst() {
		SignedInMember tester = community.testerOf(product);
		String reports = "/api/v1/builds/" + beta.id() + "/reports";
		assertThat(community.postJson(mvc, reports, tester, """
				{"ratings": {"%d": "like", "%d": "dislike"}, "best": %d, "worst": %d, "score": 4,
				 "comment": "Dark mode is **lovely**."}""".formatted(dark.id(), maps.id(), dark.id(), maps.id())))
			.hasStatus(201)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.score").isEqualTo(4);
				assertThat(json).extractingPath("$.ratings['" + maps.id() + "']").isEqualTo("dislike");
				assertThat(json).extractingPath("$.commentHtml").asString().contains("<strong>lovely</strong>");
			});
		assertThat(community.postJson(mvc, reports, tester, """
				{"ratings": {"%d": "neutral"}, "score": 3}""".formatted(dark.id()))).hasStatus(200)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.score").isEqualTo(3);
				assertThat(json).extractingPath("$.best").isNull();
				assertThat(json).extractingPath("$.ratings").asMap().containsOnlyKeys(String.valueOf(dark.id()));
			});
		assertThat(community.get(mvc, reports + "/mine", tester)).hasStatus(200)
			.bodyJson()
			.extractingPath("$.score")
			.isEqualTo(3);
		assertThat(community.get(mvc, reports, staff)).hasStatus(200)
			.bodyJson()
			.extractingPath("$.items.length()")
			.isEqualTo(1);
		assertThat(community.get(mvc, reports + "/mine", community.testerOf(product))).hasStatus(404);
	}

	@Test
	void theBuildAddsTheReportsUp() {
		// Three testers: scores 5, 4 and 2 (average 11 / 3 = 3.67); the dark mode liked
		// twice and disliked once (a third), best twice; the maps worst once.
		submit(community.testerOf(product), """
				{"ratings": {"%1$d": "like"}, "best": %1$d, "score": 5}""".formatted(dark.id()));
		submit(community.testerOf(product), """
				{"ratings": {"%1$d": "like", "%2$d": "neutral"}, "best": %1$d, "worst": %2$d, "score": 4}"""
			.formatted(dark.id(), maps.id()));
		submit(community.testerOf(product), """
				{"ratings": {"%1$d": "dislike"}, "score": 2}""".formatted(dark.id()));
		assertThat(community.get(mvc, "/api/v1/builds/" + beta.id(), staff)).hasStatus(200)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.reports.count").isEqualTo(3);
				assertThat(json).extractingPath("$.reports.testers").isEqualTo(3);
				assertThat(json).extractingPath("$.reports.averageScore").isEqualTo(3.67);
				assertThat(json).extractingPath("$.reports.scores")
					.isEqualTo(java.util.Map.of("1", 0, "2", 1, "3", 0, "4", 1, "5", 1));
				assertThat(json).extractingPath("$.reports.posts[0].id").isEqualTo((int) dark.id());
				assertThat(json).extractingPath("$.reports.posts[0].like").isEqualTo(2);
				assertThat(json).extractingPath("$.reports.posts[0].dislike").isEqualTo(1);
				assertThat(json).extractingPath("$.reports.posts[0].best").isEqualTo(2);
				assertThat(json).extractingPath("$.reports.posts[1].neutral").isEqualTo(1);
				assertThat(json).extractingPath("$.reports.posts[1].worst").isEqualTo(1);
			});
	}

	@Test
	void testersAreAskedForTheirReportOncePerBeta() {
		SignedInMember tester = community.testerOf(product);
		SignedInMember other = community.testerOf(product);
		Build next = community.liveBeta(product, staff, "7.2-beta.1");
		for (SignedInMember each : List.of(tester, other)) {
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(community.get(mvc, "/api/v1/me/notifications", each)).bodyJson()
					.extractingPath("$.items[?(@.kind == 'report')].link")
					.asArray()
					.containsOnlyOnce("/builds/" + next.id() + "/report"));
		}
		assertThat(community.get(mvc, "/api/v1/me/notifications", community.fan())).bodyJson()
			.extractingPath("$.items[?(@.kind == 'report')]")
			.asArray()
			.isEmpty();
	}

	@Test
	void badReportsAreRefusedFieldByField() {
		SignedInMember tester = community.testerOf(product);
		Post elsewhere = community.post(product, community.fan());
		String reports = "/api/v1/builds/" + beta.id() + "/reports";
		assertField(tester, reports, """
				{"ratings": {"%d": "like"}, "score": 4}""".formatted(elsewhere.id()), "ratings." + elsewhere.id());
		assertField(tester, reports, """
				{"ratings": {"%d": "love"}, "score": 4}""".formatted(dark.id()), "ratings." + dark.id());
		assertField(tester, reports, """
				{"best": %d, "score": 4}""".formatted(elsewhere.id()), "best");
		assertField(tester, reports, """
				{"worst": %d, "score": 4}""".formatted(elsewhere.id()), "worst");
		assertField(tester, reports, """
				{"score": 6}""", "score");
		assertField(tester, reports, """
				{"score": 0}""", "score");
		assertField(tester, reports, "{}", "score");
		assertThat(community.get(mvc, reports + "/mine", tester)).hasStatus(404);
	}

	@Test
	void onlyTestersReportAndOnlyWhileTheBetaIsLive() {
		String reports = "/api/v1/builds/" + beta.id() + "/reports";
		String report = """
				{"score": 4}""";
		assertThat(community.postJson(mvc, reports, community.fan(), report)).as("a beta is hidden from fans")
			.hasStatus(404);
		assertThat(community.postJson(mvc, reports, staff, report)).as("staff see it but do not report").hasStatus(403);
		assertThat(community.get(mvc, reports, community.testerOf(product))).as("testers read only their own")
			.hasStatus(403);
		assertThat(mvc.get().uri(reports)).hasStatus(401);
		assertThat(mvc.get().uri(reports + "/mine")).hasStatus(401);

		SignedInMember tester = community.testerOf(product);
		assertThat(community.postJson(mvc, reports, tester, report)).hasStatus(201);
		builds.promote(beta.id(), Promotion.plain(), staff);
		assertThat(community.postJson(mvc, reports, tester, report)).as("closed once promoted").hasStatus(409);

		Build second = builds.draft(product.slug(), new NewBuild("7.1-beta.1", "beta", "", List.of()), staff);
		assertThat(community.postJson(mvc, "/api/v1/builds/" + second.id() + "/reports", tester, report))
			.as("a draft is hidden from testers")
			.hasStatus(404);
		builds.publish(second.id(), staff);
		builds.withdraw(second.id(), new Withdrawal("Broken."), staff);
		assertThat(community.postJson(mvc, "/api/v1/builds/" + second.id() + "/reports", tester, report))
			.as("closed once withdrawn")
			.hasStatus(409);
	}

	private void submit(SignedInMember tester, String json) {
		assertThat(community.postJson(mvc, "/api/v1/builds/" + beta.id() + "/reports", tester, json)).hasStatus(201);
	}

	private void assertField(SignedInMember tester, String uri, String json, String field) {
		assertThat(community.postJson(mvc, uri, tester, json)).as(json)
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo(field);
	}

}
