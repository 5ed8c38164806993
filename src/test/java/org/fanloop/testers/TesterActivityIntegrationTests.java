package org.fanloop.testers;

import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.notifications.NotificationService;
import org.fanloop.notifications.Preferences;
import org.fanloop.posts.BugReport;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Active testers: who opened, reported on or filed a bug against one of the product's
 * last three betas counts; the others count toward neither the cap nor the report quorum,
 * are shown to staff and pruned with a notice.
 */
@FanloopIntegrationTest
class TesterActivityIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	BuildService builds;

	@Autowired
	NotificationService notifications;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void testersWhoDidNothingWithTheLastThreeBetasAreInactiveListedAndPruned() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember opener = community.testerOf(product);
		SignedInMember reporter = community.testerOf(product);
		SignedInMember bugger = community.testerOf(product);
		SignedInMember idle = community.testerOf(product);
		SignedInMember silent = community.testerOf(product);
		// Accepted well before any beta: no newcomer's grace.
		jdbc.sql("update testers set decided_at = decided_at - interval '1' day where product_id = ?")
			.param(product.id())
			.update();

		Build first = community.liveBeta(product, staff, "1.0-beta.1");
		assertThat(community.get(mvc, "/api/v1/builds/" + first.id(), idle)).hasStatus(200);
		Build second = community.liveBeta(product, staff, "1.0-beta.2");
		assertThat(community.postJson(mvc, "/api/v1/builds/" + second.id() + "/reports", reporter, """
				{"score": 4, "comment": "Fine"}""")).hasStatus(201);
		Build third = community.liveBeta(product, staff, "1.0-beta.3");
		builds.reportBug(third.id(), new BugReport("The clock app stops at midnight", "", "minor"), bugger);
		SignedInMember newcomer = community.testerOf(product);
		Build fourth = community.liveBeta(product, staff, "1.0-beta.4");
		assertThat(mvc.get().uri("/builds/" + fourth.id()).with(authentication(Community.session(opener))))
			.hasStatus(200);

		String activity = "/api/v1/products/" + product.slug() + "/testers/activity";
		assertThat(community.get(mvc, activity, community.fan())).hasStatus(403);
		assertThat(community.get(mvc, activity, opener)).hasStatus(403);
		assertThat(community.get(mvc, activity, staff)).hasStatus(200).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.betas").isEqualTo(3);
			assertThat(json).extractingPath("$.considered").isEqualTo(3);
			assertThat(json).extractingPath("$.active").isEqualTo(4);
			assertThat(json).extractingPath("$.inactive").isEqualTo(2);
			assertThat(json).extractingPath("$.testers[?(@.active == false)].username")
				.asArray()
				.containsExactlyInAnyOrder(idle.username(), silent.username());
			assertThat(json).extractingPath("$.testers[?(@.username == '" + opener.username() + "')].opened")
				.asArray()
				.containsExactly(1);
			assertThat(json).extractingPath("$.testers[?(@.username == '" + reporter.username() + "')].reported")
				.asArray()
				.containsExactly(1);
			assertThat(json).extractingPath("$.testers[?(@.username == '" + bugger.username() + "')].bugs")
				.asArray()
				.containsExactly(1);
			assertThat(json).as("the newcomer had no chance yet")
				.extractingPath("$.testers[?(@.username == '" + newcomer.username() + "')].active")
				.asArray()
				.containsExactly(true);
			assertThat(json).as("the idle tester opened an older beta")
				.extractingPath("$.testers[?(@.username == '" + idle.username() + "')].lastActiveAt")
				.asArray()
				.doesNotContainNull();
		});

		// The cap and the report quorum count the four active testers only.
		String programme = "/api/v1/products/" + product.slug() + "/beta-programme";
		assertThat(community.get(mvc, programme, staff)).bodyJson().extractingPath("$.testers").isEqualTo(4);
		assertThat(community.get(mvc, programme, staff)).bodyJson().extractingPath("$.inactiveTesters").isEqualTo(2);
		assertThat(community.get(mvc, "/api/v1/builds/" + fourth.id(), staff)).bodyJson()
			.extractingPath("$.reports.testers")
			.isEqualTo(4);
		assertThat(community.putJson(mvc, programme, staff, """
				{"open": true, "testerCap": 5}""")).hasStatus(200);
		SignedInMember fifth = community.fan();
		assertThat(community.postJson(mvc, "/api/v1/products/" + product.slug() + "/testers", fifth, ""))
			.hasStatus(201);
		assertThat(
				community.putJson(mvc, "/api/v1/products/" + product.slug() + "/testers/" + fifth.username(), staff, """
						{"state": "accepted"}"""))
			.as("seven accepted, five active: room for one")
			.hasStatus(200);
		SignedInMember sixth = community.fan();
		assertThat(community.postJson(mvc, "/api/v1/products/" + product.slug() + "/testers", sixth, ""))
			.hasStatus(201);
		assertThat(
				community.putJson(mvc, "/api/v1/products/" + product.slug() + "/testers/" + sixth.username(), staff, """
						{"state": "accepted"}"""))
			.hasStatus(409);

		// Staff see them on the programme page and prune them there.
		assertThat(
				mvc.get().uri("/products/" + product.slug() + "/beta").with(authentication(Community.session(staff))))
			.hasStatus(200)
			.bodyText()
			.contains("5 of 7 testers (71 %)", idle.username(), "Remove the 2 inactive testers");
		String prune = "/api/v1/products/" + product.slug() + "/testers/prune";
		assertThat(community.postJson(mvc, prune, opener, "")).hasStatus(403);
		notifications.savePreferences(idle, new Preferences(false, false, true));
		assertThat(mvc.post()
			.uri("/products/" + product.slug() + "/beta/prune")
			.with(authentication(Community.session(staff)))
			.with(csrf())).hasStatus(302);
		assertThat(community.get(mvc, "/api/v1/products/" + product.slug() + "/testers?state=accepted", staff))
			.bodyJson()
			.extractingPath("$[*].username")
			.asArray()
			.doesNotContain(idle.username(), silent.username())
			.contains(opener.username(), newcomer.username(), fifth.username());
		assertThat(community.postJson(mvc, prune, staff, "")).as("nobody left to prune")
			.hasStatus(200)
			.bodyJson()
			.extractingPath("$.removed")
			.asArray()
			.isEmpty();
		for (SignedInMember pruned : List.of(idle, silent)) {
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(community.get(mvc, "/api/v1/me/notifications", pruned)).bodyJson()
					.extractingPath("$.items[?(@.kind == 'programme')].title")
					.asArray()
					.singleElement()
					.asString()
					.contains(product.name(), "last 3 betas"));
		}
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailsTo(idle)).hasSize(1));
		assertThat(community.postJson(mvc, "/api/v1/products/" + product.slug() + "/testers", idle, ""))
			.as("a pruned tester may apply again")
			.hasStatus(201);
	}

	@Test
	void theTestersReminderCarriesWhatToTestIntoTheInboxAndTheEmail() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember tester = community.testerOf(product);
		notifications.savePreferences(tester, new Preferences(false, false, true));
		Post post = community.post(product, community.fan(), "idea", "Timers on the lock screen");
		Build beta = community.liveBeta(product, staff, "2.0-beta.1", post.id());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(community.get(mvc, "/api/v1/me/notifications", tester)).bodyJson()
				.extractingPath("$.items[?(@.kind == 'report')].detail")
				.asArray()
				.singleElement()
				.asString()
				.startsWith("What to test:")
				.contains("Timers on the lock screen"));
		assertThat(mvc.get().uri("/me/notifications").with(authentication(Community.session(tester)))).bodyText()
			.contains("What to test:", "Timers on the lock screen");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailsTo(tester)).hasSize(1));
		MimeMessage mail = mailsTo(tester).getFirst();
		assertThat(mail.getSubject()).contains("2.0-beta.1");
		assertThat(mail.getContent().toString()).contains("What to test:", "Timers on the lock screen",
				"/builds/" + beta.id() + "/report");
	}

	private List<MimeMessage> mailsTo(SignedInMember member) {
		return org.fanloop.Mails.to(greenMail, List.of(member));
	}

}
