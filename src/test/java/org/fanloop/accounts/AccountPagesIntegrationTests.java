package org.fanloop.accounts;

import jakarta.servlet.http.Cookie;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The sign-up, log-in and log-out pages.
 */
@FanloopIntegrationTest
class AccountPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	MemberService members;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signingUpSignsTheNewMemberIn() {
		String username = Community.unique("Page-Fan");
		MvcTestResult result = mvc.post()
			.uri("/signup")
			.param("username", username)
			.param("email", username + "@example.test")
			.param("password", "long-enough")
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
		// The session lives in the database (Spring Session JDBC); its cookie is all the
		// browser keeps.
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", username.toLowerCase())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(mvc.get().uri("/").cookie(session)).bodyText().contains(username.toLowerCase(), "Log out");
	}

	@Test
	void theSignUpFormSaysWhatIsWrongAndKeepsWhatWasTyped() {
		SignedInMember existing = community.fan();
		assertThat(mvc.post()
			.uri("/signup")
			.param("username", "x")
			.param("email", "no-at-sign")
			.param("password", "short")
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("size must be between 3 and 30", "must be a well-formed email address",
					"size must be between 8 and 64", "value=\"no-at-sign\"");
		assertThat(mvc.post()
			.uri("/signup")
			.param("username", existing.username())
			.param("email", "fresh@example.test")
			.param("password", "long-enough")
			.with(csrf())).hasStatusOk().bodyText().contains("is already taken");
		assertThat(members.find("x")).isEmpty();
	}

	@Test
	void logsInWithTheRightPasswordOnly() {
		SignedInMember fan = community.fan();
		assertThat(mvc.post()
			.uri("/login")
			.param("username", fan.username().toUpperCase())
			.param("password", Community.PASSWORD)
			.with(csrf())).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
		assertThat(mvc.post()
			.uri("/login")
			.param("username", fan.username())
			.param("password", "wrong-password")
			.with(csrf())).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?error");
		assertThat(mvc.post().uri("/login").param("username", fan.username()).param("password", Community.PASSWORD))
			.hasStatus(403);
		assertThat(mvc.get().uri("/login?error")).bodyText().contains("The username or the password is wrong.");
	}

	@Test
	void theTokensPageMakesATokenShownOnceAndRevokesIt() throws Exception {
		SignedInMember fan = community.fan();
		MvcTestResult made = mvc.post()
			.uri("/me/tokens")
			.param("name", "Laptop <script>")
			.with(authentication(Community.session(fan)))
			.with(csrf())
			.exchange();
		assertThat(made).hasStatusOk().bodyText().contains("flp_", "Laptop &lt;script&gt;");
		String token = made.getResponse().getContentAsString().replaceAll("(?s).*(flp_[A-Za-z0-9_-]{43}).*", "$1");
		assertThat(mvc.get().uri("/api/v1/me/tokens").header("Authorization", "Bearer " + token)).hasStatus(200);
		assertThat(mvc.get().uri("/me/tokens").with(authentication(Community.session(fan)))).hasStatusOk()
			.bodyText()
			.contains("Laptop &lt;script&gt;")
			.doesNotContain(token);

		long id = members.tokens(fan).getFirst().id();
		assertThat(mvc.post().uri("/me/tokens/{id}/revoke", id).with(authentication(Community.session(fan))))
			.as("without the CSRF token")
			.hasStatus(403);
		assertThat(
				mvc.post().uri("/me/tokens/{id}/revoke", id).with(authentication(Community.session(fan))).with(csrf()))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/me/tokens");
		assertThat(members.tokens(fan)).isEmpty();
		assertThat(mvc.get().uri("/api/v1/me/tokens").header("Authorization", "Bearer " + token)).hasStatus(401);
		assertThat(mvc.get().uri("/me/tokens")).hasStatus3xxRedirection();
	}

	@Test
	void logsOut() {
		assertThat(mvc.post().uri("/logout").with(csrf())).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
	}

}
