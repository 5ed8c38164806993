package org.fanloop.reputation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.BugReport;
import org.fanloop.posts.BugService;
import org.fanloop.posts.Comment;
import org.fanloop.posts.NewComment;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostService;
import org.fanloop.posts.Severity;
import org.fanloop.products.Product;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildService;
import org.fanloop.releases.Promotion;
import org.fanloop.reports.NewReport;
import org.fanloop.reports.ReportService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Reputation: the ledger the events fill equals a recomputation from the facts after a
 * random history, points follow the settings, and a level gates a beta.
 */
@FanloopIntegrationTest
class ReputationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	PostService posts;

	@Autowired
	BugService bugs;

	@Autowired
	BuildService builds;

	@Autowired
	ReportService reports;

	@Autowired
	ReputationService reputation;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLedgerEqualsARecomputationFromHistoryAfterARandomSequence() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		List<SignedInMember> members = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			members.add(community.testerOf(product));
		}
		List<Long> waiting = new ArrayList<>();
		for (int round = 1; round <= 4; round++) {
			for (int i = random.nextInt(4) + 1; i > 0; i--) {
				waiting.add(community.post(product, pick(members, random)).id());
			}
			for (int i = random.nextInt(5); i > 0; i--) {
				long postId = waiting.isEmpty() ? community.post(product, pick(members, random)).id()
						: pick(waiting, random);
				Comment comment = posts.comment(postId, new NewComment("Same here, round " + round),
						pick(members, random));
				if (random.nextBoolean()) {
					posts.markHelpful(comment.id(), staff);
					if (random.nextBoolean()) {
						posts.markHelpful(comment.id(), staff);
					}
				}
			}
			List<Long> delivered = new ArrayList<>();
			for (Long id : List.copyOf(waiting)) {
				if (random.nextInt(3) > 0) {
					delivered.add(id);
					waiting.remove(id);
				}
			}
			Build beta = community.liveBeta(product, staff, round + ".0-beta.1", delivered.toArray(Long[]::new));
			for (SignedInMember tester : members) {
				if (random.nextBoolean()) {
					reports.submit(beta.id(),
							new NewReport(java.util.Map.of(), null, null, 1 + random.nextInt(5), "Round " + round),
							tester);
					if (random.nextBoolean()) {
						reports.submit(beta.id(), new NewReport(java.util.Map.of(), null, null, 3, "Changed my mind"),
								tester);
					}
				}
			}
			for (int i = random.nextInt(3); i > 0; i--) {
				Post bug = builds.reportBug(beta.id(),
						new BugReport("Something broke in round " + round + " #" + i, "", "minor"),
						pick(members, random));
				if (random.nextBoolean()) {
					bugs.changeSeverity(bug.id(), Severity.MAJOR, staff);
					bugs.changeSeverity(bug.id(), Severity.MINOR, staff);
				}
				waiting.add(bug.id());
			}
			if (random.nextBoolean() && !waiting.isEmpty()) {
				long gone = pick(waiting, random);
				posts.delete(gone, staff);
				waiting.remove(gone);
			}
			if (random.nextInt(4) > 0) {
				builds.promote(beta.id(), new Promotion(null, null, null, null), staff);
			}
		}

		Recomputation check = reputation.recompute(community.admin());
		assertThat(check.differences()).as("seed " + seed).isEmpty();
		assertThat(check.missing()).as("seed " + seed).isEmpty();
		assertThat(check.extra()).as("seed " + seed).isEmpty();
		assertThat(check.ledgerRows()).as("seed " + seed).isEqualTo(check.recomputedRows()).isPositive();
		for (SignedInMember member : members) {
			long sum = jdbc.sql("select coalesce(sum(points), 0) from reputation_points where username = ?")
				.param(member.username())
				.query(Long.class)
				.single();
			assertThat(community.get(mvc, "/api/v1/members/" + member.username() + "/reputation", null)).bodyJson()
				.extractingPath("$.points")
				.asNumber()
				.isEqualTo((int) sum);
		}
		assertThat(community.postJson(mvc, "/api/v1/admin/reputation/recompute", staff, "")).hasStatus(403);
		assertThat(community.postJson(mvc, "/api/v1/admin/reputation/recompute", community.admin(), "")).hasStatus(200)
			.bodyJson()
			.extractingPath("$.differences")
			.asArray()
			.isEmpty();
	}

	@Test
	void pointsFollowTheContributionsAndALevelGatesTheBeta() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember fan = community.fan();
		String requirement = "/api/v1/products/" + product.slug() + "/beta-requirement";
		assertThat(community.putJson(mvc, requirement, fan, """
				{"minLevel": "Contributor"}""")).hasStatus(403);
		assertThat(community.putJson(mvc, requirement, staff, """
				{"minLevel": "Grandmaster"}""")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("minLevel");
		assertThat(community.putJson(mvc, requirement, staff, """
				{"minLevel": "contributor"}""")).hasStatus(200)
			.bodyJson()
			.extractingPath("$.minLevel")
			.isEqualTo("Contributor");

		String apply = "/api/v1/products/" + product.slug() + "/testers";
		assertThat(community.postJson(mvc, apply, fan, "")).hasStatus(403)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("Contributor (15 points)", "you have 0 (Newcomer)");

		// An idea in a beta (10), then shipped (20), and a helpful comment (5): 35
		// points.
		Post idea = community.post(product, fan, "idea", "A quieter fan at night");
		Comment comment = posts.comment(idea.id(), new NewComment("It could follow the clock."), fan);
		posts.markHelpful(comment.id(), staff);
		Build beta = community.liveBeta(product, staff, "9.0-beta.1", idea.id());
		builds.promote(beta.id(), new Promotion(null, null, null, null), staff);
		assertThat(community.get(mvc, "/api/v1/members/" + fan.username() + "/reputation", null)).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.points").isEqualTo(35);
				assertThat(json).extractingPath("$.level").isEqualTo("Contributor");
				assertThat(json).extractingPath("$.nextLevel").isEqualTo("Regular");
				assertThat(json).extractingPath("$.pointsToNext").isEqualTo(15);
				assertThat(json).extractingPath("$.earned[*].reason")
					.asArray()
					.containsExactly("idea_in_beta", "idea_shipped", "helpful_comment");
			});
		assertThat(community.postJson(mvc, apply, fan, "")).hasStatus(201);

		// The staff's page sets it too; a member may not.
		assertThat(mvc.get()
			.uri("/products/" + product.slug() + "/beta-requirement")
			.with(authentication(Community.session(staff)))).hasStatus(200)
			.bodyText()
			.contains("Contributor (from 15 points)");
		assertThat(mvc.post()
			.uri("/products/" + product.slug() + "/beta-requirement")
			.param("minLevel", "Regular")
			.with(authentication(Community.session(staff)))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.hasStatus(302);
		assertThat(community.get(mvc, requirement, null)).bodyJson().extractingPath("$.minLevel").isEqualTo("Regular");

		// The pages: the reputation page, the level beside the name, the profile's badge.
		assertThat(mvc.get().uri("/members/" + fan.username() + "/reputation")).hasStatus(200)
			.bodyText()
			.contains("35 points", "An idea shipped", "15 more to Regular");
		assertThat(mvc.get().uri("/posts/" + idea.id()).with(authentication(Community.session(staff)))).bodyText()
			.contains("badge level\">Contributor", "Helpful");
		assertThat(mvc.get().uri("/members/" + fan.username() + "/level")).bodyText().contains("Contributor");
	}

	private static <T> T pick(List<T> list, Random random) {
		return list.get(random.nextInt(list.size()));
	}

}
