package org.fanloop.verification;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.servlet.http.Cookie;
import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.Mails;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Email verification and password resets, through the real SMTP server (GreenMail): the
 * links work once, expire, never tell whether an address is registered, and a reset ends
 * the member's sessions and tokens.
 */
@FanloopIntegrationTest
class VerificationIntegrationTests {

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

	/**
	 * Each test asks from an address of its own: these endpoints are rate-limited per
	 * client address, and the other tests' allowance is not this one's to spend.
	 */
	private final String address = "10.77." + ThreadLocalRandom.current().nextInt(256) + "."
			+ ThreadLocalRandom.current().nextInt(256);

	private MockMvcTester.MockMvcRequestBuilder post() {
		return mvc.post().with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	@Test
	void aSignUpMailsAVerificationLinkThatWorksOnce() {
		String username = Community.unique("verifier");
		String email = username + "@example.test";
		assertThat(signUp(username, email)).hasStatus(201)
			.bodyJson()
			.extractingPath("$.emailVerified")
			.isEqualTo(false);
		String token = Mails.linkToken(greenMail, email, "/verify-email/");
		assertThat(jdbc.sql("select count(*) from email_links where token_hash = :token")
			.param("token", token)
			.query(Long.class)
			.single()).as("only the token's hash is stored").isZero();

		// Opening the link (as mail scanners do) uses nothing up: it shows a button.
		assertThat(mvc.get().uri("/verify-email/" + token)).hasStatusOk().bodyText().contains("Verify my address");
		assertThat(members.find(username).orElseThrow().emailVerified()).isFalse();
		assertThat(post().uri("/verify-email/" + token).with(csrf())).hasStatusOk().bodyText().contains("is verified");
		assertThat(members.find(username).orElseThrow().emailVerified()).isTrue();
		assertThat(post().uri("/api/v1/email-verifications/" + token)).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Invalid link");
	}

	@Test
	void aSignUpInChineseIsAnsweredInChineseAndLaterEmailsFollow() {
		String username = Community.unique("chinese");
		String email = username + "@example.test";
		assertThat(post().uri("/api/v1/members")
			.header("Accept-Language", "zh-CN,zh;q=0.9")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "%s", "email": "%s", "password": "%s"}""".formatted(username, email,
					Community.PASSWORD)))
			.hasStatus(201);
		Mails.linkToken(greenMail, email, "/verify-email/");
		assertThat(Mails.accountMails(greenMail, email)).singleElement()
			.satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("验证你在 Fanloop 的邮箱地址"));
		assertThat(jdbc.sql("select language from members where username = :username")
			.param("username", username)
			.query(String.class)
			.single()).as("kept for the emails sent off any request").isEqualTo("zh-CN");
	}

	@Test
	void signingUpWithAVerifiedAddressTellsItsOwnerNotTheNewcomer() {
		String owner = Community.unique("owner");
		String email = owner + "@example.test";
		assertThat(signUp(owner, email)).hasStatus(201);
		assertThat(post().uri("/api/v1/email-verifications/" + Mails.linkToken(greenMail, email, "/verify-email/")))
			.hasStatus(204);

		String impostor = Community.unique("impostor");
		assertThat(signUp(impostor, email.toUpperCase())).as("the same answer as for a fresh address").hasStatus(201);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(Mails.accountMails(greenMail, email)).hasSize(2));
		String note = Mails.text(Mails.accountMails(greenMail, email).get(1));
		assertThat(note).contains(impostor, owner, "/forgot-password").doesNotContain("/verify-email/");
		assertThat(members.find(impostor).orElseThrow().emailVerified()).isFalse();
	}

	@Test
	void twoSignUpsWithOneUnverifiedAddressLetOnlyTheFirstToFollowItsLinkHaveIt() {
		String email = Community.unique("shared") + "@example.test";
		String first = Community.unique("first");
		String second = Community.unique("second");
		assertThat(signUp(first, email)).hasStatus(201);
		String firstToken = Mails.linkToken(greenMail, email, "/verify-email/");
		assertThat(signUp(second, email)).hasStatus(201);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(Mails.accountMails(greenMail, email)).hasSize(2));
		String secondToken = Mails.linkToken(greenMail, email, "/verify-email/");
		assertThat(secondToken).isNotEqualTo(firstToken);

		assertThat(post().uri("/api/v1/email-verifications/" + secondToken)).hasStatus(204);
		assertThat(post().uri("/api/v1/email-verifications/" + firstToken)).hasStatus(409);
		assertThat(members.find(second).orElseThrow().emailVerified()).isTrue();
		assertThat(members.find(first).orElseThrow().emailVerified()).isFalse();
		assertThat(members.findByEmail(email).orElseThrow().username()).isEqualTo(second);
	}

	@Test
	void aResetIsAnsweredAlikeForAnyAddressAndMailsOnlyARegisteredOne() throws Exception {
		SignedInMember fan = community.fan();
		String email = fan.username() + "@example.test";
		String nobody = Community.unique("nobody") + "@example.test";
		assertThat(requestReset(nobody)).hasStatus(202);
		assertThat(requestReset(email.toUpperCase())).hasStatus(202);
		Mails.linkToken(greenMail, email, "/reset-password/");
		assertThat(Mails.accountMails(greenMail, nobody)).isEmpty();

		// The page says the same for both.
		String forUnknown = post().uri("/forgot-password")
			.param("email", nobody)
			.with(csrf())
			.exchange()
			.getResponse()
			.getContentAsString()
			.replace(nobody, "ADDRESS");
		String forKnown = post().uri("/forgot-password")
			.param("email", email)
			.with(csrf())
			.exchange()
			.getResponse()
			.getContentAsString()
			.replace(email, "ADDRESS");
		assertThat(forKnown).contains("a link to choose a new password is on its way").isEqualTo(forUnknown);
		assertThat(requestReset("not-an-address")).hasStatus(400);
	}

	@Test
	void aResetLinkSetsThePasswordOnceAndEndsEverySessionAndToken() throws Exception {
		SignedInMember fan = community.fan();
		String email = fan.username() + "@example.test";
		String oldToken = community.token(fan);
		Cookie session = post().uri("/login")
			.param("username", fan.username())
			.param("password", Community.PASSWORD)
			.with(csrf())
			.exchange()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(mvc.get().uri("/me/tokens").cookie(session)).hasStatusOk();

		assertThat(requestReset(email)).hasStatus(202);
		String token = Mails.linkToken(greenMail, email, "/reset-password/");
		assertThat(mvc.get().uri("/reset-password/" + token)).hasStatusOk().bodyText().contains(fan.username());
		assertThat(resetWith(token, "password1")).as("a guessable password; the link still works")
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("password");
		assertThat(resetWith(token, "quiet harbour lantern")).hasStatus(204);
		assertThat(resetWith(token, "another quiet lantern")).as("used up").hasStatus(404);

		assertThat(mvc.get().uri("/api/v1/me/tokens").header("Authorization", "Bearer " + oldToken)).hasStatus(401);
		assertThat(mvc.get().uri("/me/tokens").cookie(session)).hasStatus3xxRedirection();
		assertThat(post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "%s"}""".formatted(fan.username(), Community.PASSWORD))).hasStatus(401);
		assertThat(post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "quiet harbour lantern"}""".formatted(fan.username()))).hasStatus(201);
		assertThat(members.find(fan.username()).orElseThrow().emailVerified())
			.as("following a link mailed to the address proves it")
			.isTrue();
	}

	@Test
	void theResetPageSignsTheMemberInAndAnExpiredLinkIsRefused() {
		SignedInMember fan = community.fan();
		String email = fan.username() + "@example.test";
		assertThat(requestReset(email)).hasStatus(202);
		String token = Mails.linkToken(greenMail, email, "/reset-password/");
		assertThat(post().uri("/reset-password/" + token).param("password", "12345678").with(csrf())).hasStatusOk()
			.bodyText()
			.contains("too easy to guess");
		MvcTestResult reset = post().uri("/reset-password/" + token)
			.param("password", "copper kettle morning")
			.with(csrf())
			.exchange();
		assertThat(reset).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
		assertThat(mvc.get().uri("/").cookie(reset.getResponse().getCookie("SESSION"))).bodyText()
			.contains(fan.username(), "Log out");

		assertThat(requestReset(email)).hasStatus(202);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !Mails.linkToken(greenMail, email, "/reset-password/").equals(token));
		String late = Mails.linkToken(greenMail, email, "/reset-password/");
		jdbc.sql("update email_links set expires_at = created_at where purpose = 'reset' and member_id = :member")
			.param("member", fan.id())
			.update();
		assertThat(mvc.get().uri("/reset-password/" + late)).hasStatusOk()
			.bodyText()
			.contains("used, expired or mistyped");
		assertThat(resetWith(late, "copper kettle evening")).hasStatus(404);
	}

	@Test
	void anAddressGetsAFewEmailsAnHourWhateverIsAsked() {
		SignedInMember fan = community.fan();
		String email = fan.username() + "@example.test";
		for (int i = 0; i < 8; i++) {
			assertThat(requestReset(email)).hasStatus(202);
		}
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(Mails.accountMails(greenMail, email)).hasSize(5));
		MvcTestResult again = community.postJson(mvc, "/api/v1/me/email-verifications", fan, "");
		assertThat(again).hasStatus(429);
		assertThat(Long.parseLong(again.getResponse().getHeader("Retry-After"))).as("a new email in at most 12 minutes")
			.isBetween(1L, 720L);
	}

	@Test
	void aBoardMayKeepUnverifiedMembersToVotingUntilTheyVerify() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember admin = community.admin();
		String username = Community.unique("newcomer");
		assertThat(signUp(username, username + "@example.test")).hasStatus(201);
		SignedInMember newcomer = members.find(username).orElseThrow().signedIn();
		long post = community.post(product, staff).id();
		String newPost = "/api/v1/products/" + product.slug() + "/posts";
		String idea = """
				{"kind": "idea", "title": "Offline maps for the watch", "body": "Hikes have no signal."}""";

		assertThat(community.patchJson(mvc, "/api/v1/products/" + product.slug(), staff, """
				{"unverifiedMay": "vote"}""")).as("the admin's setting").hasStatus(403);
		assertThat(community.patchJson(mvc, "/api/v1/products/" + product.slug(), admin, """
				{"unverifiedMay": "nobody"}""")).hasStatus(400);
		assertThat(community.patchJson(mvc, "/api/v1/products/" + product.slug(), admin, """
				{"unverifiedMay": "vote"}""")).hasStatus(200)
			.bodyJson()
			.extractingPath("$.unverifiedMay")
			.isEqualTo("vote");

		assertThat(mvc.put().uri("/api/v1/posts/{id}/vote", post).headers(community.bearer(newcomer)))
			.hasStatus2xxSuccessful();
		assertThat(community.postJson(mvc, newPost, newcomer, idea)).hasStatus(403)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Email not verified");
		assertThat(community.postJson(mvc, "/api/v1/posts/" + post + "/comments", newcomer, """
				{"body": "Me too"}""")).hasStatus(403);
		assertThat(community.postJson(mvc, "/api/v1/posts/" + post + "/comments", staff, """
				{"body": "Staff answer as always"}""")).hasStatus(201);

		assertThat(community.patchJson(mvc, "/api/v1/products/" + product.slug(), admin, """
				{"unverifiedMay": "comment"}""")).hasStatus(200);
		assertThat(community.postJson(mvc, "/api/v1/posts/" + post + "/comments", newcomer, """
				{"body": "Me too"}""")).hasStatus(201);
		assertThat(community.postJson(mvc, newPost, newcomer, idea)).hasStatus(403);

		assertThat(post().uri("/api/v1/email-verifications/"
				+ Mails.linkToken(greenMail, username + "@example.test", "/verify-email/")))
			.hasStatus(204);
		assertThat(community.postJson(mvc, newPost, newcomer, idea)).hasStatus(201);
	}

	@Test
	void theProfileOffersToSendTheLinkAgainUntilTheAddressIsVerified() {
		String username = Community.unique("forgetful");
		String email = username + "@example.test";
		assertThat(signUp(username, email)).hasStatus(201);
		SignedInMember member = members.find(username).orElseThrow().signedIn();
		Mails.linkToken(greenMail, email, "/verify-email/");
		assertThat(mvc.get().uri("/members/" + username).with(authentication(Community.session(member)))).bodyText()
			.contains("not verified yet");
		assertThat(mvc.get().uri("/members/" + username)).bodyText().doesNotContain("not verified yet");
		assertThat(post().uri("/me/verify-email").with(authentication(Community.session(member))).with(csrf()))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/members/" + username);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(Mails.accountMails(greenMail, email)).hasSize(2));
		assertThat(post().uri("/verify-email/" + Mails.linkToken(greenMail, email, "/verify-email/")).with(csrf()))
			.hasStatusOk();
		assertThat(mvc.get().uri("/members/" + username).with(authentication(Community.session(member)))).bodyText()
			.doesNotContain("not verified yet");
	}

	private MvcTestResult signUp(String username, String email) {
		return post().uri("/api/v1/members")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "%s", "email": "%s", "password": "%s"}""".formatted(username, email,
					Community.PASSWORD))
			.exchange();
	}

	private MvcTestResult requestReset(String email) {
		return post().uri("/api/v1/password-resets").contentType(MediaType.APPLICATION_JSON).content("""
				{"email": "%s"}""".formatted(email)).exchange();
	}

	private MvcTestResult resetWith(String token, String password) {
		return post().uri("/api/v1/password-resets/" + token).contentType(MediaType.APPLICATION_JSON).content("""
				{"password": "%s"}""".formatted(password)).exchange();
	}

}
