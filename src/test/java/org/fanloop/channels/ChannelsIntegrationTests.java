package org.fanloop.channels;

import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.Mails;
import org.fanloop.accounts.Member;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Feedback from every channel: staff post and vote for members with the source noted,
 * invite by email those who have no account, and weigh votes by a member attribute.
 */
@FanloopIntegrationTest
class ChannelsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	MemberService members;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffPostAndVoteForAMemberWhoIsCreditedAndHearsOfIt() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember customer = community.fan();
		String onBehalf = "/api/v1/products/" + product.slug() + "/posts/on-behalf";
		String body = """
				{"member": "%s", "source": "support chat", "kind": "idea", "title": "Export the sleep data as CSV"}""";
		assertThat(community.postJson(mvc, onBehalf, customer, body.formatted(customer.username()))).hasStatus(403);
		assertThat(community.postJson(mvc, onBehalf, staff, body.formatted("nobody-like-this"))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("member");
		assertThat(community.postJson(mvc, onBehalf, staff, body.formatted("not-an@address"))).hasStatus(400);
		MvcTestResult recorded = community.postJson(mvc, onBehalf, staff, body.formatted(customer.username()));
		assertThat(recorded).hasStatus(201).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.post.authorName").isEqualTo(customer.username());
			assertThat(json).extractingPath("$.post.source").isEqualTo("support chat");
			assertThat(json).extractingPath("$.post.enteredBy").isEqualTo(staff.username());
			assertThat(json).extractingPath("$.post.voteCount").isEqualTo(1);
			assertThat(json).extractingPath("$.invited").isEqualTo(false);
		});
		long postId = ((Number) com.jayway.jsonpath.JsonPath.read(recorded.getResponse().getContentAsString(),
				"$.post.id"))
			.longValue();
		assertThat(mvc.get().uri("/posts/" + postId)).bodyText()
			.contains("via support chat, recorded by " + staff.username());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(community.get(mvc, "/api/v1/me/notifications", customer)).bodyJson()
				.extractingPath("$.items[?(@.kind == 'feedback')].title")
				.asArray()
				.singleElement()
				.asString()
				.contains(staff.username(), "Export the sleep data as CSV", "support chat"));

		// A vote from a phone call, once however often it is recorded.
		SignedInMember caller = community.fan();
		String vote = "/api/v1/posts/" + postId + "/vote/on-behalf";
		for (int i = 0; i < 2; i++) {
			assertThat(community.putJson(mvc, vote, staff, """
					{"member": "%s", "source": "phone call"}""".formatted(caller.username()))).hasStatus(200)
				.bodyJson()
				.extractingPath("$.voteCount")
				.isEqualTo(2);
		}
		assertThat(community.putJson(mvc, vote, caller, """
				{"member": "%s", "source": "phone call"}""".formatted(caller.username()))).hasStatus(403);
		assertThat(
				jdbc.sql("select source from vote_sources where post_id = ?").param(postId).query(String.class).list())
			.containsExactly("phone call");
	}

	@Test
	void somebodyKnownOnlyByEmailGetsAnAccountToClaim() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		String email = Community.unique("rosa") + "@customer.example";
		MvcTestResult recorded = community.postJson(mvc, "/api/v1/products/" + product.slug() + "/posts/on-behalf",
				staff, """
						{"member": "%s", "source": "email", "kind": "bug", "title": "The watch face resets at night"}"""
					.formatted(email));
		assertThat(recorded).hasStatus(201).bodyJson().extractingPath("$.invited").isEqualTo(true);
		Member invited = members.findByEmail(email).orElseThrow();
		assertThat(invited.username()).startsWith("rosa");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailTo(email)).isNotEmpty());
		String text = mailTo(email).getFirst().getContent().toString();
		String token = text.replaceAll("(?s).*/claim/(claim_[A-Za-z0-9_-]+).*", "$1");
		assertThat(token).startsWith("claim_");
		assertThat(jdbc.sql("select count(*) from account_claims where token_hash = ?")
			.param(Community.tokenHash(token))
			.query(Long.class)
			.single()).as("only the hash is kept").isEqualTo(1);
		assertThat(mvc.get().uri("/claim/" + token)).hasStatus(200).bodyText().contains(invited.username());
		assertThat(mvc.post().uri("/claim/" + token).param("password", "short").with(csrf())).hasStatus(200)
			.bodyText()
			.contains("8 to 64 characters");
		assertThat(mvc.post().uri("/claim/" + token).param("password", "a-long-new-secret").with(csrf())).hasStatus(302)
			.hasRedirectedUrl("/login?claimed");
		assertThat(members.authenticate(invited.username(), "a-long-new-secret")).isPresent();
		assertThat(mvc.post().uri("/claim/" + token).param("password", "another-secret-1").with(csrf())).as("used up")
			.bodyText()
			.contains("used, expired or mistyped");
	}

	@Test
	void votesWeighedByACustomerTierStandBesideThePlainCount() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		String weights = "/api/v1/products/" + product.slug() + "/vote-weights";
		assertThat(community.putJson(mvc, weights, community.fan(), """
				{"attribute": "tier", "weights": {"free": 1}}""")).hasStatus(403);
		assertThat(community.putJson(mvc, weights, staff, """
				{"attribute": "customer tier", "weights": {"free": 1, "pro": 3, "enterprise": 10}}""")).hasStatus(200);
		SignedInMember big = community.fan();
		assertThat(community.putJson(mvc,
				"/api/v1/products/" + product.slug() + "/members/" + big.username() + "/attribute", staff, """
						{"value": "platinum"}"""))
			.hasStatus(400);
		assertThat(community.putJson(mvc,
				"/api/v1/products/" + product.slug() + "/members/" + big.username() + "/attribute", staff, """
						{"value": "enterprise"}"""))
			.hasStatus(200);
		// Popular: its author and three free members (4 votes, weighed 4). Valuable: its
		// author (free) and the enterprise customer (2 votes, weighed 1 + 10 = 11).
		Post popular = community.post(product, community.fan());
		for (int i = 0; i < 3; i++) {
			mvc.put()
				.uri("/api/v1/posts/" + popular.id() + "/vote")
				.headers(community.bearer(community.fan()))
				.exchange();
		}
		Post valuable = community.post(product, community.fan());
		mvc.put().uri("/api/v1/posts/" + valuable.id() + "/vote").headers(community.bearer(big)).exchange();
		assertThat(community.get(mvc, "/api/v1/products/" + product.slug() + "/weighted", staff)).hasStatus(200)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$[*].postId")
					.asArray()
					.containsExactly((int) valuable.id(), (int) popular.id());
				assertThat(json).extractingPath("$[0].weightedScore").isEqualTo(11);
				assertThat(json).extractingPath("$[0].voteCount").isEqualTo(2);
				assertThat(json).extractingPath("$[1].weightedScore").isEqualTo(4);
				assertThat(json).extractingPath("$[1].voteCount").isEqualTo(4);
			});
		assertThat(community.get(mvc, "/api/v1/products/" + product.slug() + "/weighted", big)).hasStatus(403);
		assertThat(mvc.get()
			.uri("/products/" + product.slug() + "/feedback")
			.with(authentication(Community.session(staff)))).hasStatus(200)
			.bodyText()
			.contains("customer tier", "enterprise:10", "#" + valuable.id());
		assertThat(
				mvc.get().uri("/products/" + product.slug() + "/feedback").with(authentication(Community.session(big))))
			.hasStatus(403);
		assertThat(mvc.post()
			.uri("/products/" + product.slug() + "/feedback/post")
			.param("member", big.username())
			.param("source", "trade fair")
			.param("kind", "idea")
			.param("title", "Bulk licences for teams")
			.with(authentication(Community.session(staff)))
			.with(csrf())).hasStatus(302).redirectedUrl().startsWith("/posts/");
		assertThat(community.get(mvc, "/api/v1/posts/" + valuable.id(), null)).bodyJson()
			.extractingPath("$.voteCount")
			.as("the plain count is untouched")
			.isEqualTo(2);
	}

	private List<MimeMessage> mailTo(String email) {
		return Mails.toAddresses(greenMail, List.of(email));
	}

}
