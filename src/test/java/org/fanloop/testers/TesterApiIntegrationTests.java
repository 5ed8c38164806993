package org.fanloop.testers;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The beta programme through {@code /api/v1/products/{slug}/testers}.
 */
@FanloopIntegrationTest
class TesterApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Community community;

	@Autowired
	TesterService testers;

	@Test
	void aMemberAppliesAndStaffAcceptThem() {
		Product product = community.product();
		SignedInMember fan = community.fan();
		SignedInMember staff = community.staffOf(product);
		String testersUri = "/api/v1/products/" + product.slug() + "/testers";
		assertThat(community.postJson(mvc, testersUri, fan, "")).hasStatus(201)
			.bodyJson()
			.extractingPath("$.state")
			.isEqualTo("pending");
		assertThat(community.postJson(mvc, testersUri, fan, "")).hasStatus(200);
		assertThat(testers.isTester(product.id(), fan.id())).isFalse();

		assertThat(community.putJson(mvc, testersUri + "/" + fan.username(), staff, """
				{"state": "accepted"}""")).hasStatus(200).bodyJson().extractingPath("$.state").isEqualTo("accepted");
		assertThat(testers.isTester(product.id(), fan.id())).isTrue();
		assertThat(community.get(mvc, testersUri + "?state=accepted", staff)).hasStatus(200)
			.bodyJson()
			.extractingPath("$[*].username")
			.asArray()
			.containsExactly(fan.username());
		assertThat(community.get(mvc, "/api/v1/products/" + product.slug() + "/beta-programme", null)).bodyJson()
			.extractingPath("$.testers")
			.isEqualTo(1);
	}

	@Test
	void tenApplicationsAtOnceByOneMemberMakeOneAndOnlyOneIsNew() throws Exception {
		Product product = community.product();
		SignedInMember fan = community.fan();
		String token = community.token(fan);
		String testersUri = "/api/v1/products/" + product.slug() + "/testers";
		List<Integer> statuses = new CopyOnWriteArrayList<>();
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService clients = Executors.newFixedThreadPool(10)) {
			for (int i = 0; i < 10; i++) {
				clients.submit(() -> {
					start.await();
					statuses.add(mvc.post()
						.uri(testersUri)
						.header("Authorization", "Bearer " + token)
						.exchange()
						.getResponse()
						.getStatus());
					return null;
				});
			}
			start.countDown();
		}
		assertThat(statuses).hasSize(10);
		assertThat(statuses.stream().filter(status -> status == 201)).hasSize(1);
		assertThat(statuses.stream().filter(status -> status == 200)).hasSize(9);
		assertThat(jdbc.sql("select count(*) from testers where product_id = ? and member_id = ?")
			.params(product.id(), fan.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void onlyStaffDecideAndSeeTheApplications() {
		Product product = community.product();
		SignedInMember fan = community.fan();
		SignedInMember other = community.fan();
		String testersUri = "/api/v1/products/" + product.slug() + "/testers";
		community.postJson(mvc, testersUri, fan, "");
		assertThat(community.putJson(mvc, testersUri + "/" + fan.username(), other, """
				{"state": "accepted"}""")).hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(community.putJson(mvc, testersUri + "/" + fan.username(), fan, """
				{"state": "accepted"}""")).hasStatus(403);
		assertThat(community.get(mvc, testersUri, other)).hasStatus(403);
		assertThat(community.get(mvc, testersUri, null)).hasStatus(401);
		assertThat(mvc.post().uri(testersUri)).hasStatus(401);
		assertThat(testers.isTester(product.id(), fan.id())).isFalse();
	}

	@Test
	void refusesBadDecisionsAndDecisionsOnNobody() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember fan = community.fan();
		String testersUri = "/api/v1/products/" + product.slug() + "/testers";
		assertThat(community.putJson(mvc, testersUri + "/" + fan.username(), staff, """
				{"state": "accepted"}""")).hasStatus(404);
		community.postJson(mvc, testersUri, fan, "");
		assertThat(community.putJson(mvc, testersUri + "/" + fan.username(), staff, """
				{"state": "maybe"}""")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("state");
		assertThat(community.get(mvc, testersUri + "?state=maybe", staff)).hasStatus(400);
		assertThat(community.putJson(mvc, testersUri + "/nobody-at-all", staff, """
				{"state": "accepted"}""")).hasStatus(404);
	}

	@Test
	void aCappedProgrammeAcceptsNoMoreThanItsCap() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		String base = "/api/v1/products/" + product.slug();
		assertThat(community.putJson(mvc, base + "/beta-programme", staff, """
				{"open": true, "testerCap": 2}""")).hasStatus(200)
			.bodyJson()
			.extractingPath("$.testerCap")
			.isEqualTo(2);
		SignedInMember first = community.fan();
		SignedInMember second = community.fan();
		SignedInMember third = community.fan();
		for (SignedInMember fan : new SignedInMember[] { first, second, third }) {
			community.postJson(mvc, base + "/testers", fan, "");
		}
		String accept = """
				{"state": "accepted"}""";
		assertThat(community.putJson(mvc, base + "/testers/" + first.username(), staff, accept)).hasStatus(200);
		assertThat(community.putJson(mvc, base + "/testers/" + second.username(), staff, accept)).hasStatus(200);
		assertThat(community.putJson(mvc, base + "/testers/" + third.username(), staff, accept)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Beta programme full");
		assertThat(community.putJson(mvc, base + "/beta-programme", community.fan(), """
				{"open": true, "testerCap": 100}""")).hasStatus(403);
		assertThat(community.putJson(mvc, base + "/beta-programme", staff, """
				{"open": true, "testerCap": 0}""")).hasStatus(400);
	}

	@Test
	void aClosedProgrammeAndADeclinedMemberTakeNoApplication() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		String base = "/api/v1/products/" + product.slug();
		SignedInMember declined = community.fan();
		community.postJson(mvc, base + "/testers", declined, "");
		community.putJson(mvc, base + "/testers/" + declined.username(), staff, """
				{"state": "declined"}""");
		assertThat(community.postJson(mvc, base + "/testers", declined, "")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Application declined");
		community.putJson(mvc, base + "/beta-programme", staff, """
				{"open": false}""");
		assertThat(community.postJson(mvc, base + "/testers", community.fan(), "")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Beta programme closed");
	}

	@Test
	void aTesterMayLeaveAndStaffMayRemoveTesters() {
		Product product = community.product();
		SignedInMember tester = community.testerOf(product);
		SignedInMember other = community.testerOf(product);
		String base = "/api/v1/products/" + product.slug() + "/testers/";
		assertThat(mvc.delete().uri(base + other.username()).headers(community.bearer(tester))).hasStatus(403);
		assertThat(mvc.delete().uri(base + tester.username()).headers(community.bearer(tester))).hasStatus(204);
		assertThat(mvc.delete().uri(base + other.username()).headers(community.bearer(community.staffOf(product))))
			.hasStatus(204);
		assertThat(testers.isTester(product.id(), tester.id())).isFalse();
		assertThat(testers.isTester(product.id(), other.id())).isFalse();
	}

}
