package org.fanloop.testers;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Enrolment links: staff make them, members join through them up to the link's and the
 * programme's caps, and revoked, expired or used-up links stop.
 */
@FanloopIntegrationTest
class InvitationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAutoAcceptLinkEnrolsTestersUpToItsCap() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		String invitations = "/api/v1/products/" + product.slug() + "/invitations";
		assertThat(community.postJson(mvc, invitations, community.fan(), "{}")).hasStatus(403);
		MvcTestResult made = community.postJson(mvc, invitations, staff, """
				{"maxUses": 2, "autoAccept": true}""");
		assertThat(made).hasStatus(201);
		String token = made.getResponse().getContentAsString().replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
		assertThat(jdbc.sql("select count(*) from tester_invitations where token_hash = ?")
			.param(Community.tokenHash(token))
			.query(Long.class)
			.single()).as("only the hash is kept").isEqualTo(1);

		SignedInMember first = community.fan();
		assertThat(community.postJson(mvc, "/api/v1/invitations/" + token, first, "")).hasStatus(201)
			.bodyJson()
			.extractingPath("$.state")
			.isEqualTo("accepted");
		assertThat(community.postJson(mvc, "/api/v1/invitations/" + token, first, "")).as("again: no second use")
			.hasStatus(200);
		assertThat(community.postJson(mvc, "/api/v1/invitations/" + token, community.fan(), "")).hasStatus(201);
		assertThat(community.postJson(mvc, "/api/v1/invitations/" + token, community.fan(), "")).as("used up")
			.hasStatus(409);
		assertThat(community.get(mvc, invitations, staff)).bodyJson().extractingPath("$[0].uses").isEqualTo(2);
		assertThat(community.postJson(mvc, "/api/v1/invitations/no-such-link", community.fan(), "")).hasStatus(404);
	}

	@Test
	void linksStopWhenRevokedExpiredOrTheProgrammeIsFull() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		String invitations = "/api/v1/products/" + product.slug() + "/invitations";
		String applyOnly = token(community.postJson(mvc, invitations, staff, "{}"));
		assertThat(community.postJson(mvc, "/api/v1/invitations/" + applyOnly, community.fan(), "")).hasStatus(201)
			.bodyJson()
			.extractingPath("$.state")
			.isEqualTo("pending");

		MvcTestResult made = community.postJson(mvc, invitations, staff, "{\"autoAccept\": true}");
		String token = token(made);
		long id = Long.parseLong(
				made.getResponse().getContentAsString().replaceAll("(?s)^\\{\"invitation\":\\{\"id\":(\\d+).*", "$1"));
		community.putJson(mvc, "/api/v1/products/" + product.slug() + "/beta-programme", staff, """
				{"open": false, "testerCap": 1}""");
		assertThat(community.postJson(mvc, "/api/v1/invitations/" + token, community.fan(), ""))
			.as("a link works when the programme takes no applications")
			.hasStatus(201);
		assertThat(community.postJson(mvc, "/api/v1/invitations/" + token, community.fan(), ""))
			.as("but not past its cap")
			.hasStatus(409);

		assertThat(mvc.delete().uri(invitations + "/" + id).headers(community.bearer(staff))).hasStatus(204);
		assertThat(community.postJson(mvc, "/api/v1/invitations/" + token, community.fan(), "")).hasStatus(409);
		assertThat(mvc.get().uri("/join/" + token)).bodyText().contains("no longer works");

		String expiring = token(community.postJson(mvc, invitations, staff, "{}"));
		jdbc.sql("update tester_invitations set expires_at = ? where token_hash = ?")
			.params(OffsetDateTime.ofInstant(Instant.now().minus(Duration.ofMinutes(1)), ZoneOffset.UTC),
					Community.tokenHash(expiring))
			.update();
		assertThat(community.postJson(mvc, "/api/v1/invitations/" + expiring, community.fan(), "")).hasStatus(409);

		String veterans = token(community.postJson(mvc, invitations, staff, "{\"minMemberDays\": 30}"));
		assertThat(community.postJson(mvc, "/api/v1/invitations/" + veterans, community.fan(), ""))
			.as("a new member is too new")
			.hasStatus(403);
	}

	@Test
	void staffMakeLinksOnTheProgrammePageAndMembersJoinThere() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		MvcTestResult made = mvc.post()
			.uri("/products/{slug}/beta/invitations", product.slug())
			.param("maxUses", "5")
			.param("autoAccept", "true")
			.with(authentication(Community.session(staff)))
			.with(csrf())
			.exchange();
		assertThat(made).hasStatus3xxRedirection();
		String link = (String) made.getMvcResult().getFlashMap().get("createdLink");
		assertThat(link).startsWith("/join/");
		assertThat(mvc.get().uri(link)).bodyText().contains("Join the " + product.name() + " beta", "Log in to join");
		SignedInMember fan = community.fan();
		assertThat(mvc.post().uri(link).with(authentication(Community.session(fan))).with(csrf()))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/products/" + product.slug() + "/beta");
		assertThat(
				mvc.get().uri("/products/{slug}/beta", product.slug()).with(authentication(Community.session(staff))))
			.bodyText()
			.contains("1 of 5 uses", "accepts at once");
	}

	private static String token(MvcTestResult made) throws Exception {
		return made.getResponse().getContentAsString().replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
	}

}
