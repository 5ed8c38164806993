package org.fanloop.releases;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.MemberProfile;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.NewPost;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostService;
import org.fanloop.posts.StatusUpdate;
import org.fanloop.products.Product;
import org.fanloop.voting.VoteService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release train through the API: drafting, publishing, promoting through the gate and
 * withdrawing builds, with the posts they deliver moving along.
 */
@FanloopIntegrationTest
class BuildApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	PostService posts;

	@Autowired
	VoteService votes;

	@Autowired
	TrainService trains;

	@Test
	void aBetaGoesToTestersThenToStableAndItsPostsShipCreditingWhoAsked() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember tester = community.testerOf(product);
		SignedInMember author = community.fan();
		Post idea = community.post(product, author, "idea", "Dark mode for the lock screen");
		List<SignedInMember> voters = IntStream.range(0, 3).mapToObj(i -> community.fan()).toList();
		voters.forEach(voter -> votes.cast(idea.id(), voter));

		MvcTestResult drafted = draft(product, staff, "2.3.0-beta.1", "beta", idea.id());
		assertThat(drafted).hasStatus(201).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.state").isEqualTo("draft");
			assertThat(json).extractingPath("$.channel").isEqualTo("beta");
			assertThat(json).extractingPath("$.posts[0].postId").isEqualTo((int) idea.id());
		});
		long beta = id(drafted);
		assertThat(community.get(mvc, "/api/v1/builds/" + beta, tester)).hasStatus(404);

		assertThat(community.postJson(mvc, "/api/v1/builds/" + beta + "/publish", staff, "")).hasStatus(200)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.state").isEqualTo("published");
				assertThat(json).extractingPath("$.gate.passed").isEqualTo(true);
				assertThat(json).extractingPath("$.gate.rules[0].name").isEqualTo("no-open-blockers");
				assertThat(json).extractingPath("$.posts[0].status").isEqualTo("in_beta");
				assertThat(json).extractingPath("$.posts[0].askers").isEqualTo(4);
				assertThat(json).extractingPath("$.posts[0].askerNames[0]").isEqualTo(author.username());
			});
		assertThat(posts.get(idea.id(), null).status().value()).isEqualTo("in_beta");
		assertThat(posts.timeline(idea.id()).getLast().buildVersion()).isEqualTo("2.3.0-beta.1");
		assertThat(community.get(mvc, "/api/v1/builds/" + beta, tester)).hasStatus(200);
		assertThat(community.get(mvc, "/api/v1/builds/" + beta, community.fan())).hasStatus(404);
		assertThat(community.get(mvc, "/api/v1/builds/" + beta, null)).hasStatus(404);

		MvcTestResult promoted = community.postJson(mvc, "/api/v1/builds/" + beta + "/promote", staff, "");
		assertThat(promoted).hasStatus(200).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.channel").isEqualTo("stable");
			assertThat(json).extractingPath("$.version").isEqualTo("2.3.0");
			assertThat(json).extractingPath("$.promotedFrom").isEqualTo((int) beta);
			assertThat(json).extractingPath("$.posts[0].status").isEqualTo("shipped");
		});
		long stable = id(promoted);
		assertThat(posts.get(idea.id(), null).status().value()).isEqualTo("shipped");
		assertThat(community.get(mvc, "/api/v1/builds/" + stable, null)).hasStatus(200);
		assertThat(community.get(mvc, "/api/v1/builds/" + beta, staff)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.state").isEqualTo("promoted");
			assertThat(json).extractingPath("$.promotedTo").isEqualTo((int) stable);
		});
		assertThat(community.get(mvc, "/api/v1/products/" + product.slug() + "/builds", null)).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.containsExactly((int) stable);
		assertThat(community.postJson(mvc, "/api/v1/builds/" + beta + "/promote", staff, "")).hasStatus(409);
	}

	@Test
	void anOpenBlockerStopsPromotionUntilItIsResolved() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember tester = community.testerOf(product);
		long beta = published(product, staff, "1.0-beta.1", community.post(product, community.fan()).id());

		MvcTestResult reported = community.postJson(mvc, "/api/v1/builds/" + beta + "/bugs", tester, """
				{"title": "Camera crashes on start", "body": "Every time.", "severity": "blocker"}""");
		assertThat(reported).hasStatus(201).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.kind").isEqualTo("bug");
			assertThat(json).extractingPath("$.foundInBuild").isEqualTo((int) beta);
			assertThat(json).extractingPath("$.foundInVersion").isEqualTo("1.0-beta.1");
			assertThat(json).extractingPath("$.severity").isEqualTo("blocker");
		});
		long blocker = id(reported);
		assertThat(mvc.get().uri("/posts/{id}", blocker)).bodyText()
			.contains("Found in", "href=\"/builds/" + beta + "\">build 1.0-beta.1</a>")
			.doesNotContain("build #");

		MvcTestResult refused = community.postJson(mvc, "/api/v1/builds/" + beta + "/promote", staff, "");
		assertThat(refused).hasStatus(409)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.title").isEqualTo("Promotion refused");
				assertThat(json).extractingPath("$.gate.passed").isEqualTo(false);
				assertThat(json).extractingPath("$.gate.rules[0].detail")
					.asString()
					.contains("Camera crashes on start");
			});
		assertThat(community.get(mvc, "/api/v1/builds/" + beta, staff)).bodyJson()
			.extractingPath("$.bugs[0].id")
			.isEqualTo((int) blocker);

		posts.changeStatus(blocker, new StatusUpdate("declined", "Works as intended on supported devices."), staff);
		assertThat(community.postJson(mvc, "/api/v1/builds/" + beta + "/promote", staff, "")).hasStatus(200);
	}

	@Test
	void reGradingABlockerOpensTheGate() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember tester = community.testerOf(product);
		long beta = published(product, staff, "1.1-beta.1");
		long bug = id(community.postJson(mvc, "/api/v1/builds/" + beta + "/bugs", tester, """
				{"title": "Icons are blurry", "severity": "blocker"}"""));
		assertThat(community.putJson(mvc, "/api/v1/posts/" + bug + "/severity", tester, """
				{"severity": "minor"}""")).hasStatus(403);
		assertThat(community.putJson(mvc, "/api/v1/posts/" + bug + "/severity", staff, """
				{"severity": "minor"}""")).hasStatus(200).bodyJson().extractingPath("$.severity").isEqualTo("minor");
		assertThat(community.get(mvc, "/api/v1/builds/" + beta, staff)).bodyJson()
			.extractingPath("$.gate.passed")
			.isEqualTo(true);
	}

	@Test
	void onlyAnAdminOverridesAClosedGateAndTheReasonIsKept() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember tester = community.testerOf(product);
		long beta = published(product, staff, "3.0-beta.1");
		community.postJson(mvc, "/api/v1/builds/" + beta + "/bugs", tester, """
				{"title": "Battery drains overnight", "severity": "blocker"}""");
		String override = """
				{"overrideReason": "Security fix must ship today; the drain is fixed in 3.0.1."}""";
		assertThat(community.postJson(mvc, "/api/v1/builds/" + beta + "/promote", staff, override)).hasStatus(403);
		assertThat(community.postJson(mvc, "/api/v1/builds/" + beta + "/promote", community.admin(), override))
			.hasStatus(200);
		assertThat(community.get(mvc, "/api/v1/builds/" + beta, staff)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.overrideReason").asString().startsWith("Security fix");
			assertThat(json).extractingPath("$.overriddenBy").isEqualTo("root");
		});
	}

	@Test
	void withdrawingABetaMovesItsPostsBackWithTheNote() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		Post planned = community.post(product, community.fan());
		posts.changeStatus(planned.id(), new StatusUpdate("planned", "For the next beta."), staff);
		Post shared = community.post(product, community.fan());
		published(product, staff, "4.0-beta.1", shared.id());
		long bad = published(product, staff, "4.0-beta.2", planned.id(), shared.id());
		assertThat(posts.get(planned.id(), null).status().value()).isEqualTo("in_beta");

		assertThat(community.postJson(mvc, "/api/v1/builds/" + bad + "/withdraw", staff, """
				{"note": "It bricks some phones."}""")).hasStatus(200).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.state").isEqualTo("withdrawn");
			assertThat(json).extractingPath("$.withdrawnNote").isEqualTo("It bricks some phones.");
		});
		assertThat(posts.get(planned.id(), null).status().value()).isEqualTo("planned");
		assertThat(posts.timeline(planned.id()).getLast()).satisfies(change -> {
			assertThat(change.note()).isEqualTo("It bricks some phones.");
			assertThat(change.buildVersion()).isEqualTo("4.0-beta.2");
		});
		assertThat(posts.get(shared.id(), null).status().value()).as("still in the first beta").isEqualTo("in_beta");
		assertThat(community.postJson(mvc, "/api/v1/builds/" + bad + "/withdraw", staff, """
				{"note": "again"}""")).hasStatus(409);
		assertThat(community.postJson(mvc, "/api/v1/builds/" + bad + "/withdraw", staff, """
				{"note": " "}""")).hasStatus(400);
	}

	@Test
	void aWithdrawalNoteFitsTheStatusNoteItBecomes() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		Post planned = community.post(product, community.fan());
		String longestVersion = "4." + "9".repeat(38);
		long beta = published(product, staff, longestVersion, planned.id());
		assertThat(community.postJson(mvc, "/api/v1/builds/" + beta + "/withdraw", staff,
				"{\"note\": \"" + "x".repeat(2000) + "\"}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("note");
		assertThat(posts.get(planned.id(), null).status().value()).isEqualTo("in_beta");
		String longest = "y".repeat(Withdrawal.MAX_NOTE);
		assertThat(community.postJson(mvc, "/api/v1/builds/" + beta + "/withdraw", staff,
				"{\"note\": \"" + longest + "\"}"))
			.hasStatus(200);
		assertThat(posts.timeline(planned.id()).getLast().note()).isEqualTo(longest);
	}

	@Test
	void versionsAreUniquePerProductWhateverTheChannel() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		assertThat(draft(product, staff, "5.0", "beta")).hasStatus(201);
		assertThat(draft(product, staff, "5.0", "beta")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Version taken");
		assertThat(draft(product, staff, "5.0", "stable")).hasStatus(409);
		assertThat(draft(product, staff, "5.0.1", "stable")).hasStatus(201);
		Product other = community.product();
		assertThat(draft(other, community.staffOf(other), "5.0", "beta")).hasStatus(201);
	}

	@Test
	void aStableVersionNeverCarriesAPreReleaseSuffix() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		for (String version : new String[] { "5.2-beta.1", "5.2-rc1", "5.2beta3" }) {
			assertThat(draft(product, staff, version, "stable")).as(version)
				.hasStatus(400)
				.bodyJson()
				.extractingPath("$.errors[0].field")
				.isEqualTo("version");
		}
		Post idea = community.post(product, community.fan());
		long beta = published(product, staff, "5.1-beta.2", idea.id());
		assertThat(community.postJson(mvc, "/api/v1/builds/" + beta + "/promote", staff, """
				{"version": "5.1-beta.2"}""")).hasStatus(400);
		assertThat(community.postJson(mvc, "/api/v1/builds/" + beta + "/promote", staff, "{}")).hasStatus(200)
			.bodyJson()
			.extractingPath("$.version")
			.isEqualTo("5.1");
		long secondBeta = published(product, staff, "5.1-beta.3", community.post(product, community.fan()).id());
		assertThat(community.postJson(mvc, "/api/v1/builds/" + secondBeta + "/promote", staff, "{}"))
			.as("5.1 is out already")
			.hasStatus(409);
	}

	@Test
	void refusesInvalidDraftsAndDraftsByNonStaff() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		assertThat(community.postJson(mvc, "/api/v1/products/" + product.slug() + "/builds", staff, """
				{"version": "not a version!", "channel": "nightly", "posts": null}""")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("version", "channel");
		Post elsewhere = community.post(community.product(), community.fan());
		assertThat(draft(product, staff, "6.0", "beta", elsewhere.id())).hasStatus(409);
		Post declined = community.post(product, community.fan());
		posts.changeStatus(declined.id(), new StatusUpdate("declined", "No."), staff);
		assertThat(draft(product, staff, "6.0", "beta", declined.id())).hasStatus(409);
		assertThat(draft(product, community.fan(), "6.0", "beta")).hasStatus(403);
		assertThat(draft(product, community.testerOf(product), "6.0", "beta")).hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/v1/products/" + product.slug() + "/builds")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":\"6.0\",\"channel\":\"beta\"}")).hasStatus(401);
	}

	@Test
	void publishingAStableDraftShipsItsPostsAtOnce() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		Post hotfix = community.post(product, community.fan(), "bug", "Crash on start after the update");
		long stable = id(draft(product, staff, "7.0.1", "stable", hotfix.id()));
		assertThat(community.get(mvc, "/api/v1/builds/" + stable, null)).hasStatus(404);
		community.postJson(mvc, "/api/v1/builds/" + stable + "/publish", staff, "");
		assertThat(posts.get(hotfix.id(), null).status().value()).isEqualTo("shipped");
		assertThat(community.get(mvc, "/api/v1/builds/" + stable, null)).hasStatus(200)
			.bodyJson()
			.extractingPath("$.gate")
			.isNull();
		assertThat(community.postJson(mvc, "/api/v1/builds/" + stable + "/publish", staff, "")).hasStatus(409);
	}

	@Test
	void onlyTestersAndStaffReportBugsAgainstALiveBeta() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		long draft = id(draft(product, staff, "8.0-beta.1", "beta"));
		SignedInMember tester = community.testerOf(product);
		String bug = """
				{"title": "Something is off", "severity": "major"}""";
		assertThat(community.postJson(mvc, "/api/v1/builds/" + draft + "/bugs", tester, bug)).hasStatus(404);
		community.postJson(mvc, "/api/v1/builds/" + draft + "/publish", staff, "");
		assertThat(community.postJson(mvc, "/api/v1/builds/" + draft + "/bugs", community.fan(), bug)).hasStatus(404);
		assertThat(community.postJson(mvc, "/api/v1/builds/" + draft + "/bugs", tester, """
				{"title": "Something is off", "severity": "catastrophic"}""")).hasStatus(400);
		assertThat(community.postJson(mvc, "/api/v1/builds/" + draft + "/bugs", tester, bug)).hasStatus(201);
		assertThat(community.postJson(mvc, "/api/v1/builds/" + draft + "/bugs", staff, bug)).hasStatus(201);
	}

	@Test
	void leadTimesRunFromTheRequestToTheFirstBetaAndStableBuild() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember author = community.fan();
		Instant askedAt = Instant.now().minus(Duration.ofDays(10));
		long idea = posts.importPost(product.id(), new NewPost("idea", "Asked ten days ago", ""),
				new MemberProfile(author.id(), author.username(), false, askedAt), askedAt);
		String figures = "/api/v1/products/" + product.slug() + "/lead-time";
		assertThat(community.get(mvc, figures, null)).bodyJson().extractingPath("$.toBetaCount").isEqualTo(0);
		long beta = published(product, staff, "9.0-beta.1", idea);
		assertThat(community.get(mvc, figures, null)).as("the figures are not kept past a publish")
			.bodyJson()
			.satisfies(summary -> {
				assertThat(summary).extractingPath("$.toBetaCount").isEqualTo(1);
				assertThat(summary).extractingPath("$.toStableCount").isEqualTo(0);
			});
		community.postJson(mvc, "/api/v1/builds/" + beta + "/promote", staff, "");

		MvcTestResult post = community.get(mvc, "/api/v1/posts/" + idea + "/lead-time", null);
		assertThat(post).hasStatus(200);
		String json = post.getResponse().getContentAsString();
		assertThat(Duration.parse(JsonPath.read(json, "$.toBeta"))).isBetween(Duration.ofDays(10),
				Duration.ofDays(10).plusMinutes(5));
		assertThat(Duration.parse(JsonPath.read(json, "$.toStable"))).isBetween(Duration.ofDays(10),
				Duration.ofDays(10).plusMinutes(5));
		assertThat((List<?>) JsonPath.read(json, "$.builds")).as("the beta is for testers").hasSize(1);

		assertThat(community.get(mvc, figures, null)).bodyJson().satisfies(summary -> {
			assertThat(summary).extractingPath("$.toStableCount").isEqualTo(1);
			assertThat(summary).extractingPath("$.windowDays").isEqualTo(90);
			assertThat(summary).extractingPath("$.toStableMedian").asString().startsWith("PT240H");
		});

		// A post asked for long ago reaches beta only: the beta figures then cover other
		// posts than the stable ones, and the page says which figure covers which.
		Instant longAgo = Instant.now().minus(Duration.ofDays(40));
		long old = posts.importPost(product.id(), new NewPost("idea", "Asked forty days ago", ""),
				new MemberProfile(author.id(), author.username(), false, longAgo), longAgo);
		published(product, staff, "9.1-beta.1", old);
		assertThat(community.get(mvc, figures, null)).bodyJson().satisfies(summary -> {
			assertThat(summary).extractingPath("$.toBetaCount").isEqualTo(2);
			assertThat(summary).extractingPath("$.toStableCount").isEqualTo(1);
			assertThat(summary).extractingPath("$.shippedViaBetaCount").isEqualTo(1);
			assertThat(summary).extractingPath("$.shippedToBetaMedian").asString().startsWith("PT240H");
		});
		assertThat(mvc.get().uri("/products/{slug}/train", product.slug())).bodyText()
			.contains("All three figures cover the same post: the one that shipped to stable in the last 90 days.",
					"Separately, 2 posts reached beta in the last 90 days");
	}

	@Test
	void staffSetTheTrainsCadence() {
		Product product = community.product();
		String uri = "/api/v1/products/" + product.slug() + "/train";
		assertThat(community.get(mvc, uri, null)).hasStatus(200).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.betaWeekday").isEqualTo("friday");
			assertThat(json).extractingPath("$.stableEveryWeeks").isEqualTo(4);
		});
		assertThat(community.putJson(mvc, uri, community.staffOf(product), """
				{"betaWeekday": "Tuesday", "stableEveryWeeks": 2}""")).hasStatus(200)
			.bodyJson()
			.extractingPath("$.betaWeekday")
			.isEqualTo("tuesday");
		assertThat(community.putJson(mvc, uri, community.fan(), """
				{"betaWeekday": "monday", "stableEveryWeeks": 2}""")).hasStatus(403);
		assertThat(community.putJson(mvc, uri, community.staffOf(product), """
				{"betaWeekday": "someday", "stableEveryWeeks": 0}""")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("betaWeekday", "stableEveryWeeks");
	}

	@Test
	void twoFirstCadenceSavesAtOnceBothSucceed() throws Exception {
		List<Product> products = IntStream.range(0, 20).mapToObj(i -> community.product()).toList();
		SignedInMember admin = community.admin();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<ReleaseTrain>> saves = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
			for (Product product : products) {
				for (String weekday : List.of("tuesday", "tuesday")) {
					saves.add(threads.submit(() -> {
						start.await();
						return trains.configure(product.slug(), new TrainSettings(weekday, 3), admin);
					}));
				}
			}
			start.countDown();
			for (Future<ReleaseTrain> save : saves) {
				assertThat(save.get().betaWeekday()).isEqualTo(DayOfWeek.TUESDAY);
			}
		}
		for (Product product : products) {
			assertThat(trains.train(product.id()).stableEveryWeeks()).isEqualTo(3);
		}
	}

	private MvcTestResult draft(Product product, SignedInMember staff, String version, String channel,
			long... postIds) {
		String ids = String.join(",", Arrays.stream(postIds).mapToObj(String::valueOf).toList());
		return community.postJson(mvc, "/api/v1/products/" + product.slug() + "/builds", staff, """
				{"version": "%s", "channel": "%s", "notes": "What is **new**.", "posts": [%s]}""".formatted(version,
				channel, ids));
	}

	private long published(Product product, SignedInMember staff, String version, long... postIds) throws Exception {
		long id = id(draft(product, staff, version, "beta", postIds));
		assertThat(community.postJson(mvc, "/api/v1/builds/" + id + "/publish", staff, "")).hasStatus(200);
		return id;
	}

	private static long id(MvcTestResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

}
