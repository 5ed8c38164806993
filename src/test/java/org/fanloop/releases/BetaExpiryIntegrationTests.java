package org.fanloop.releases;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * A beta expires 90 days after it was published: it leaves the testers' list, takes no
 * more reports or bugs, and its page says so; staff still see it.
 */
@FanloopIntegrationTest
class BetaExpiryIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBetaPublished91DaysAgoHasExpired() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember tester = community.testerOf(product);
		Post idea = community.post(product, community.fan());
		Build old = community.liveBeta(product, staff, "1.0-beta.1", idea.id());
		Build recent = community.liveBeta(product, staff, "1.1-beta.1");
		jdbc.sql("update builds set published_at = ? where id = ?")
			.params(OffsetDateTime.ofInstant(Instant.now().minus(Duration.ofDays(91)), ZoneOffset.UTC), old.id())
			.update();

		assertThat(community.get(mvc, "/api/v1/builds/" + old.id(), tester)).hasStatus(200)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.expired").isEqualTo(true);
				assertThat(json).extractingPath("$.liveBeta").isEqualTo(false);
			});
		assertThat(community.get(mvc, "/api/v1/builds/" + recent.id(), tester)).bodyJson()
			.extractingPath("$.expired")
			.isEqualTo(false);
		assertThat(community.get(mvc, "/api/v1/products/" + product.slug() + "/builds", tester)).bodyJson()
			.extractingPath("$[*].version")
			.asArray()
			.containsExactly("1.1-beta.1");
		assertThat(community.get(mvc, "/api/v1/products/" + product.slug() + "/builds", staff)).bodyJson()
			.extractingPath("$[*].version")
			.asArray()
			.contains("1.0-beta.1", "1.1-beta.1");
		assertThat(community.postJson(mvc, "/api/v1/builds/" + old.id() + "/reports", tester, "{\"score\": 4}"))
			.hasStatus(409);
		assertThat(community.postJson(mvc, "/api/v1/builds/" + old.id() + "/bugs", tester, """
				{"title": "Crash on start", "severity": "major"}""")).hasStatus(409);
		assertThat(community.postJson(mvc, "/api/v1/builds/" + recent.id() + "/reports", tester, "{\"score\": 4}"))
			.hasStatus(201);
		assertThat(mvc.get().uri("/builds/{id}", old.id()).with(authentication(Community.session(tester)))).bodyText()
			.contains("This beta expired on", "no more reports or bugs")
			.doesNotContain("Fill in your experience report", "Report a bug in this build");
	}

}
