package org.fanloop.sso;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The admin's single sign-on rule where no provider is configured: it shows so, and
 * keeping staff to single sign-on is refused (nobody on the team could sign in).
 */
@FanloopIntegrationTest
class SsoPolicyIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	JdbcClient jdbc;

	@Test
	void withoutAProviderStaffCannotBeKeptToSingleSignOn() {
		assertThat(community.get(mvc, "/api/v1/admin/sso", community.admin())).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.requireForStaff").isEqualTo(false);
				assertThat(json).extractingPath("$.providers").asArray().isEmpty();
			});
		assertThat(community.putJson(mvc, "/api/v1/admin/sso", community.admin(), "{\"requireForStaff\": true}"))
			.hasStatus(409)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("No sign-on provider");
		assertThat(community.putJson(mvc, "/api/v1/admin/sso", community.admin(), "{\"requireForStaff\": false}"))
			.hasStatusOk();
		assertThat(community.putJson(mvc, "/api/v1/admin/sso", community.admin(), "{\"requireForStaff\": \"yes\"}"))
			.hasStatus(400);

		assertThat(mvc.post()
			.uri("/admin/sso")
			.param("requireForStaff", "true")
			.with(authentication(Community.session(community.admin())))
			.with(csrf())).hasStatus3xxRedirection()
			.flash()
			.containsEntry("error", "No single sign-on provider is configured: staff could no longer sign in. "
					+ "Configure one first (spring.security.oauth2.client.registration.*).");
		assertThat(mvc.get().uri("/admin/sso").with(authentication(Community.session(community.admin())))).hasStatusOk()
			.bodyText()
			.contains("No provider is configured");
	}

	/**
	 * Other contexts of the run may share this database: leave the rule to their
	 * settings.
	 */
	@AfterEach
	void leaveTheRuleToTheSettings() {
		jdbc.sql("delete from sso_policy").update();
	}

}
