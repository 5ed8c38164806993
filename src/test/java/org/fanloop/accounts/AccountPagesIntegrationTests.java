package org.fanloop.accounts;

import jakarta.servlet.http.Cookie;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.posts.Post;
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
			.contains("Choose a username of 3 to 30 letters", "Give an email address, such as you@example.com.",
					"Choose a password of 8 to 64 characters.", "value=\"no-at-sign\"")
			.doesNotContain("size must be", "class=\"hint\">8 to 64", "must not be blank");
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
			.with(csrf())).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/login?error=wrong&username=" + fan.username());
		assertThat(mvc.post().uri("/login").param("username", fan.username()).param("password", Community.PASSWORD))
			.hasStatus(403);
		assertThat(mvc.get().uri("/login?error=wrong&username=" + fan.username())).bodyText()
			.contains("The username or the password is wrong.", "value=\"" + fan.username() + "\"");
	}

	@Test
	void aVoteMadeWhileSignedOutIsCastAfterSigningInAndTheMemberIsBackWhereTheyWere() {
		Product product = community.product();
		Post post = community.post(product, community.fan());
		String board = "/products/" + product.slug() + "?sort=new";
		assertThat(mvc.get().uri(board)).bodyText().contains("/login?vote=" + post.id());

		// The vote button leads to the login form, which remembers the board and the
		// vote.
		assertThat(mvc.get().uri("/login?vote=" + post.id()).header("Referer", "http://localhost" + board)).bodyText()
			.contains("name=\"vote\" value=\"" + post.id() + "\"",
					"name=\"back\" value=\"" + board.replace("&", "&amp;") + "\"", "Log in to cast your vote");

		SignedInMember voter = community.fan();
		// A wrong password keeps all of it.
		assertThat(mvc.post()
			.uri("/login")
			.param("username", voter.username())
			.param("password", "wrong-password")
			.param("back", board)
			.param("vote", String.valueOf(post.id()))
			.with(csrf())).redirectedUrl()
			.contains("error=wrong", "username=" + voter.username(), "back=", "vote=" + post.id());
		assertThat(mvc.post()
			.uri("/login")
			.param("username", voter.username())
			.param("password", Community.PASSWORD)
			.param("back", board)
			.param("vote", String.valueOf(post.id()))
			.with(csrf())).hasStatus3xxRedirection().redirectedUrl().isEqualTo(board + "#vote-" + post.id());
		assertThat(jdbc.sql("select count(*) from votes where post_id = ? and member_id = ?")
			.params(post.id(), voter.id())
			.query(Long.class)
			.single()).isEqualTo(1);

		// Another site is never where the form leads.
		SignedInMember other = community.fan();
		assertThat(mvc.post()
			.uri("/login")
			.param("username", other.username())
			.param("password", Community.PASSWORD)
			.param("back", "https://evil.example/phish")
			.with(csrf())).redirectedUrl().isEqualTo("/");
		assertThat(mvc.post()
			.uri("/login")
			.param("username", other.username())
			.param("password", Community.PASSWORD)
			.param("back", "//evil.example/phish")
			.with(csrf())).redirectedUrl().isEqualTo("/");
	}

	@Test
	void easyPasswordsAreRefusedOnTheSignUpForm() {
		String username = Community.unique("careless");
		for (String weak : new String[] { "password", "12345678", "qwertyuiop", username + "-1" }) {
			assertThat(mvc.post()
				.uri("/signup")
				.param("username", username)
				.param("email", username + "@example.test")
				.param("password", weak)
				.with(csrf())).hasStatusOk()
				.bodyText()
				.containsAnyOf("too easy to guess", "must not contain your username");
		}
		assertThat(members.find(username)).isEmpty();
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
