package org.fanloop.engagement;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.NewComment;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostService;
import org.fanloop.posts.StatusUpdate;
import org.fanloop.products.Product;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * The team's queue, its rotation and its figures: a staff member answers the oldest post
 * and the figures follow, checked against hand-computed examples with known timestamps.
 */
@FanloopIntegrationTest
class EngagementIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	PostService posts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffAnswerTheOldestPostAndTheTeamsFiguresFollow() {
		Product product = community.product();
		SignedInMember alice = community.staffOf(product);
		SignedInMember bob = community.staffOf(product);
		SignedInMember member = community.fan();
		assertThat(community.putJson(mvc, "/api/v1/products/" + product.slug() + "/response-target", alice, """
				{"targetHours": 4, "businessHours": false, "timeZone": "UTC", "dayStart": 9, "dayEnd": 17,
				 "weeklyGoal": 3}""")).hasStatus(200);

		// Three posts, written 10 h, 5 h and 1 h ago; one by staff, which waits for
		// nobody.
		Instant now = Instant.now();
		List<Post> waiting = List.of(community.post(product, member), community.post(product, member),
				community.post(product, member));
		community.post(product, alice);
		int[] hoursAgo = { 10, 5, 1 };
		for (int i = 0; i < 3; i++) {
			written(waiting.get(i), now.minus(Duration.ofHours(hoursAgo[i])));
		}
		String queue = "/api/v1/products/" + product.slug() + "/queue";
		assertThat(community.get(mvc, queue, member)).hasStatus(403);
		assertThat(community.get(mvc, queue, alice)).hasStatus(200).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.items[*].postId")
				.asArray()
				.containsExactly((int) waiting.get(0).id(), (int) waiting.get(1).id(), (int) waiting.get(2).id());
			assertThat(json).extractingPath("$.items[*].overdue").asArray().containsExactly(true, true, false);
			assertThat(json).extractingPath("$.items[0].waitingMinutes").asNumber().isIn(599, 600, 601);
			assertThat(json).extractingPath("$.target.targetHours").isEqualTo(4);
		});
		assertThat(community.get(mvc, queue + "?overdue=true", alice)).bodyJson()
			.extractingPath("$.items.length()")
			.isEqualTo(2);

		// Alice answers the oldest; a member's comment answers nothing.
		posts.comment(waiting.get(1).id(), new NewComment("Me too!"), community.fan());
		posts.comment(waiting.get(0).id(), new NewComment("We are on it."), alice);
		assertThat(community.get(mvc, queue, alice)).bodyJson()
			.extractingPath("$.items[*].postId")
			.asArray()
			.containsExactly((int) waiting.get(1).id(), (int) waiting.get(2).id());
		assertThat(community.get(mvc, "/api/v1/products/" + product.slug() + "/engagement", alice)).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.team.firstAnswers").isEqualTo(1);
				assertThat(json).extractingPath("$.team.medianFirstResponseMinutes").asNumber().isIn(599, 600, 601);
				assertThat(json).extractingPath("$.team.withinTargetShare").isEqualTo(0.0);
				assertThat(json).extractingPath("$.team.waiting").isEqualTo(2);
				assertThat(json).extractingPath("$.team.overdue").isEqualTo(1);
				assertThat(json).extractingPath("$.members[?(@.username == '" + alice.username() + "')].firstAnswers")
					.asArray()
					.containsExactly(1);
			});
		// Bob moves one by its status: a first answer, a status change and triage.
		posts.changeStatus(waiting.get(1).id(), new StatusUpdate("planned", "Next month."), bob);
		assertThat(community.get(mvc, "/api/v1/products/" + product.slug() + "/engagement", alice)).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.team.firstAnswers").isEqualTo(2);
				assertThat(json).extractingPath("$.team.statusChanges").isEqualTo(1);
				assertThat(json).extractingPath("$.team.triaged").isEqualTo(1);
				assertThat(json).extractingPath("$.team.comments").isEqualTo(1);
			});
	}

	@Test
	void figuresOverAPastWeekMatchHandComputedOnes() {
		Product product = community.product();
		SignedInMember alice = community.staffOf(product);
		SignedInMember bob = community.staffOf(product);
		SignedInMember admin = community.admin();
		community.putJson(mvc, "/api/v1/products/" + product.slug() + "/response-target", admin, """
				{"targetHours": 4, "businessHours": false, "timeZone": "UTC", "dayStart": 9, "dayEnd": 17,
				 "weeklyGoal": 3}""");
		// Waits of 30, 200 and 600 minutes answered by Alice, 90 and 300 by Bob, in the
		// week
		// of Monday 2 Nov 2026 (UTC).
		Instant monday = Instant.parse("2026-11-02T08:00:00Z");
		Map<Integer, SignedInMember> waits = new java.util.LinkedHashMap<>();
		waits.put(30, alice);
		waits.put(200, alice);
		waits.put(600, alice);
		waits.put(90, bob);
		waits.put(300, bob);
		int day = 0;
		for (Map.Entry<Integer, SignedInMember> wait : waits.entrySet()) {
			Post post = community.post(product, community.fan());
			posts.comment(post.id(), new NewComment("Thanks, looking."), wait.getValue());
			Instant written = monday.plus(Duration.ofDays(day++));
			jdbc.sql("update engagement_posts set created_at = ?, first_answer_at = ? where post_id = ?")
				.params(utc(written), utc(written.plus(Duration.ofMinutes(wait.getKey()))), post.id())
				.update();
			jdbc.sql("update staff_actions set at = ? where post_id = ?")
				.params(utc(written.plus(Duration.ofMinutes(wait.getKey()))), post.id())
				.update();
		}
		String figures = "/api/v1/products/" + product.slug() + "/engagement?from=2026-11-02&to=2026-11-09";
		assertThat(community.get(mvc, figures, alice)).hasStatus(200).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.team.firstAnswers").isEqualTo(5);
			assertThat(json).extractingPath("$.team.medianFirstResponseMinutes").isEqualTo(200);
			assertThat(json).extractingPath("$.team.p90FirstResponseMinutes").isEqualTo(600);
			assertThat(json).extractingPath("$.team.withinTargetShare").isEqualTo(0.6);
			assertThat(json).extractingPath("$.team.comments").isEqualTo(5);
			String a = "$.members[?(@.username == '" + alice.username() + "')]";
			assertThat(json).extractingPath(a + ".medianFirstResponseMinutes").asArray().containsExactly(200);
			assertThat(json).extractingPath(a + ".p90FirstResponseMinutes").asArray().containsExactly(600);
			assertThat(json).extractingPath(a + ".withinTargetShare").asArray().containsExactly(0.667);
			assertThat(json).extractingPath(a + ".firstAnswersPerWeek").asArray().containsExactly(3.0);
			assertThat(json).extractingPath(a + ".belowGoal").asArray().containsExactly(false);
			String b = "$.members[?(@.username == '" + bob.username() + "')]";
			assertThat(json).extractingPath(b + ".medianFirstResponseMinutes").asArray().containsExactly(195);
			assertThat(json).extractingPath(b + ".p90FirstResponseMinutes").asArray().containsExactly(300);
			assertThat(json).extractingPath(b + ".withinTargetShare").asArray().containsExactly(0.5);
			assertThat(json).extractingPath(b + ".belowGoal").asArray().containsExactly(true);
			assertThat(json).extractingPath("$.weeks.length()").isEqualTo(1);
			assertThat(json).extractingPath("$.weeks[0].weekStart").isEqualTo("2026-11-02");
			assertThat(json).extractingPath("$.weeks[0].medianFirstResponseMinutes").isEqualTo(200);
		});
		assertThat(community.get(mvc, figures.replace("to=2026-11-09", "to=2026-11-01"), alice)).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("to");
		assertThat(community.get(mvc, figures.replace("2026-11-02", "last-tuesday"), alice)).hasStatus(400);

		assertThat(mvc.get()
			.uri("/products/" + product.slug() + "/team?from=2026-11-02&to=2026-11-09")
			.with(authentication(Community.session(alice)))).hasStatus(200)
			.bodyText()
			.contains("below the goal of 3 a week", bob.username());
	}

	@Test
	void theRotationSpreadsThirtyPostsEvenlyAndAssigneesHearOfIt() throws Exception {
		Product product = community.product();
		List<SignedInMember> team = List.of(community.staffOf(product), community.staffOf(product),
				community.staffOf(product));
		SignedInMember outsider = community.staffOf(product);
		for (SignedInMember staff : team) {
			assertThat(community.putJson(mvc, "/api/v1/products/" + product.slug() + "/rotation", staff, """
					{"in": true}""")).hasStatus(200);
		}
		for (int i = 0; i < 30; i++) {
			community.post(product, community.fan());
		}
		String queue = "/api/v1/products/" + product.slug() + "/queue?assignee=";
		for (SignedInMember staff : team) {
			assertThat(community.get(mvc, queue + staff.username(), outsider)).bodyJson()
				.extractingPath("$.items.length()")
				.isEqualTo(10);
		}
		assertThat(community.get(mvc, queue + outsider.username(), outsider)).bodyJson()
			.extractingPath("$.items.length()")
			.isEqualTo(0);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(community.get(mvc, "/api/v1/me/notifications", team.get(0))).bodyJson()
				.extractingPath("$.items[?(@.kind == 'assigned')]")
				.asArray()
				.hasSize(10));

		// Reassigned, taken, freed; only team members take posts.
		long postId = ((Number) com.jayway.jsonpath.JsonPath.read(
				community.get(mvc, queue + team.get(0).username(), outsider).getResponse().getContentAsString(),
				"$.items[0].postId"))
			.longValue();
		String assignee = "/api/v1/posts/" + postId + "/assignee";
		assertThat(community.putJson(mvc, assignee, outsider, """
				{"username": "%s"}""".formatted(outsider.username()))).hasStatus(200)
			.bodyJson()
			.extractingPath("$.assignee")
			.isEqualTo(outsider.username());
		assertThat(community.get(mvc, queue + outsider.username(), outsider)).bodyJson()
			.extractingPath("$.items.length()")
			.isEqualTo(1);
		SignedInMember fan = community.fan();
		assertThat(community.putJson(mvc, assignee, outsider, """
				{"username": "%s"}""".formatted(fan.username()))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("username");
		assertThat(community.putJson(mvc, assignee, fan, """
				{"username": "%s"}""".formatted(fan.username()))).hasStatus(403);
		assertThat(community.putJson(mvc, assignee, outsider, """
				{"username": null}""")).hasStatus(200).bodyJson().extractingPath("$.assignee").isNull();

		// The queue page and the board's promise.
		assertThat(mvc.get()
			.uri("/products/" + product.slug() + "/queue")
			.with(authentication(Community.session(outsider)))).hasStatus(200)
			.bodyText()
			.contains("New posts go in turn to", team.get(0).username());
		assertThat(mvc.get().uri("/products/" + product.slug() + "/promise")).hasStatus(200)
			.bodyText()
			.contains("Staff answer within a day");
	}

	private void written(Post post, Instant at) {
		jdbc.sql("update engagement_posts set created_at = ? where post_id = ?").params(utc(at), post.id()).update();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
