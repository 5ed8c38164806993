package org.fanloop.sso;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.fanloop.accounts.Member;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.SignOnProviders;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.accounts.SignUp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real OpenID Connect server in the test JVM
 * (mock-oauth2-server): a browser's whole authorization-code flow through Spring
 * Security, first sign-in making or linking a member (by a verified address only), and
 * the ID tokens Spring Security must refuse (another issuer, another audience, expired);
 * the signed identity a company's site passes; staff kept to single sign-on. A context of
 * its own, since the provider must be running before it starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fanloop.sso.require-for-staff=true",
				"fanloop.sso.identify-secret=" + SingleSignOnIntegrationTests.SECRET,
				"spring.security.oauth2.client.registration.mock.client-id=fanloop",
				"spring.security.oauth2.client.registration.mock.client-secret=fanloop-secret",
				"spring.security.oauth2.client.registration.mock.client-name=Acme Staff Login",
				"spring.security.oauth2.client.registration.mock.scope=openid,email,profile" })
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SingleSignOnIntegrationTests {

	static final String SECRET = "a-shared-secret-of-at-least-32-bytes-for-hs256";

	static final MockOAuth2Server provider = new MockOAuth2Server();

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		provider.start(0);
		registry.add("spring.security.oauth2.client.provider.mock.issuer-uri",
				() -> provider.issuerUrl("default").toString());
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@LocalServerPort
	int port;

	@Autowired
	MemberService members;

	@Autowired
	SsoPolicy policy;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLoginPageOffersTheProviderAndAFirstSignInMakesAVerifiedMember() throws Exception {
		HttpClient browser = browser();
		assertThat(get(browser, "/login").body()).contains("Sign in with Acme Staff Login",
				"href=\"/oauth2/authorization/mock\"");
		String subject = "sub-" + unique();
		String email = "newcomer-" + unique() + "@acme.test";
		provider.enqueueCallback(token("default", subject, List.of("fanloop"), email, true, "grace", 3600));
		HttpResponse<String> home = get(browser, "/oauth2/authorization/mock");
		assertThat(home.uri().getPath()).isEqualTo("/");
		Member member = members.findByEmail(email).orElseThrow();
		assertThat(member.emailVerified()).as("the provider vouches for the address").isTrue();
		assertThat(member.username()).startsWith("grace");
		assertThat(home.body()).contains(member.username(), "Log out");

		// The next sign-in of the same identity is the same member, whatever email it
		// gives.
		HttpClient again = browser();
		provider.enqueueCallback(token("default", subject, List.of("fanloop"), "changed-" + email, true, "g", 3600));
		assertThat(get(again, "/oauth2/authorization/mock").body()).contains(member.username(), "Log out");
		assertThat(members.findByEmail("changed-" + email)).isEmpty();
	}

	@Test
	void aVerifiedAddressLinksTheExistingMemberAndAnUnverifiedOneNever() throws Exception {
		String email = "linked-" + unique() + "@acme.test";
		Member existing = members.signUp(new SignUp("linked-" + unique(), email, "violet tram ladder"));
		members.verifyEmail(existing.id(), existing.email());

		provider
			.enqueueCallback(token("default", "sub-" + unique(), List.of("fanloop"), email, false, "mallory", 3600));
		HttpResponse<String> unverified = get(browser(), "/oauth2/authorization/mock");
		assertThat(unverified.body()).doesNotContain(existing.username()).contains("Log out");
		assertThat(members.holdersOf(email)).hasSize(2);

		provider.enqueueCallback(token("default", "sub-" + unique(), List.of("fanloop"), email, true, "someone", 3600));
		assertThat(get(browser(), "/oauth2/authorization/mock").body()).contains(existing.username(), "Log out");
		assertThat(members.holdersOf(email)).hasSize(2);
	}

	@Test
	void tokensFromAnotherIssuerForAnotherAudienceOrExpiredAreRefused() throws Exception {
		List<String> cases = List.of("another issuer", "another audience", "expired");
		int at = 0;
		for (DefaultOAuth2TokenCallback bad : List.of(
				token("elsewhere", "sub-" + unique(), List.of("fanloop"), "x-" + unique() + "@acme.test", true, "x",
						3600),
				token("default", "sub-" + unique(), List.of("another-client"), "y-" + unique() + "@acme.test", true,
						"y", 3600),
				token("default", "sub-" + unique(), List.of("fanloop"), "z-" + unique() + "@acme.test", true, "z",
						-3600))) {
			provider.enqueueCallback(bad);
			HttpResponse<String> refused = get(browser(), "/oauth2/authorization/mock");
			String which = cases.get(at++);
			assertThat(refused.uri().toString()).as(which).contains("/login");
			assertThat(refused.body()).as(which)
				.contains("Signing in through the provider failed")
				.doesNotContain("Log out");
		}
	}

	/**
	 * An ID token minted for another sign-in (its nonce is not the one this browser's
	 * session asked for) is refused: the authorization request is sent with the nonce
	 * replaced, so the provider signs a valid token carrying the wrong one.
	 */
	@Test
	void anIdTokenWithAnotherNonceIsRefused() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String authorize = get(browser, "/oauth2/authorization/mock").headers().firstValue("Location").orElseThrow();
		assertThat(authorize).contains("nonce=");
		String email = "n-" + unique() + "@acme.test";
		provider.enqueueCallback(token("default", "sub-" + unique(), List.of("fanloop"), email, true, "n", 3600));
		HttpResponse<String> provided = browser
			.send(HttpRequest.newBuilder(URI.create(authorize.replaceAll("nonce=[^&]+", "nonce=forged-" + unique())))
				.build(), HttpResponse.BodyHandlers.ofString());
		String callback = provided.headers().firstValue("Location").orElseThrow();
		assertThat(callback).contains("/login/oauth2/code/mock");
		HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(URI.create(callback)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).contains("/login?error=sso-failed"));
		assertThat(members.findByEmail(email)).as("nobody signed in or made").isEmpty();
	}

	@Test
	void aCompanysSiteSignsItsUsersInWithASignedIdentity() throws Exception {
		String email = "customer-" + unique() + "@shop.test";
		Instant now = Instant.now();
		HttpResponse<String> signedIn = get(browser(), "/sso/identify?return=/search&token="
				+ identity("c-1" + unique(), email, now, now.plusSeconds(300), SECRET));
		assertThat(signedIn.uri().getPath()).isEqualTo("/search");
		Member member = members.findByEmail(email).orElseThrow();
		assertThat(signedIn.body()).contains(member.username(), "Log out");

		String forged = identity("c-2" + unique(), "f-" + email, now, now.plusSeconds(300),
				"another-secret-of-at-least-32-bytes-long!!");
		String expired = identity("c-3" + unique(), "e-" + email, now.minusSeconds(900), now.minusSeconds(600), SECRET);
		String tooLong = identity("c-4" + unique(), "l-" + email, now, now.plusSeconds(86_400), SECRET);
		for (String token : List.of(forged, expired, tooLong, "not-a-jwt")) {
			HttpResponse<String> refused = get(browser(), "/sso/identify?token=" + token);
			assertThat(refused.statusCode()).as(token).isEqualTo(401);
			assertThat(refused.body()).doesNotContain("Log out");
		}
		assertThat(members.findByEmail("f-" + email)).isEmpty();
	}

	@Test
	void staffMayNotUseAPasswordWhenTheInstallationRequiresSingleSignOn() throws Exception {
		HttpClient api = HttpClient.newHttpClient();
		HttpResponse<String> admin = api.send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"username": "root", "password": "admin-of-the-tests"}"""))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(admin.statusCode()).isEqualTo(403);
		assertThat(admin.body()).contains("single sign-on");
		Member fan = members
			.signUp(new SignUp("plain-" + unique(), "plain-" + unique() + "@acme.test", "violet tram ladder"));
		HttpResponse<String> member = api.send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"username": "%s", "password": "violet tram ladder"}""".formatted(fan.username())))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(member.statusCode()).isEqualTo(201);
	}

	/**
	 * An admin's choice overrides the setting, on the next sign-in: here the setting
	 * keeps staff to single sign-on until an admin lets them use passwords again.
	 */
	@Test
	void anAdminDecidesWhetherStaffMustUseSingleSignOn() throws Exception {
		SignedInMember admin = members.find("root").map(Member::signedIn).orElseThrow();
		try {
			assertThat(policy.requireForStaff(false, admin).requireForStaff()).isFalse();
			assertThat(adminToken().statusCode()).as("passwords again").isEqualTo(201);
			assertThat(policy.requireForStaff(true, admin).providers()).extracting(SignOnProviders.Provider::name)
				.containsExactly("Acme Staff Login");
			assertThat(adminToken().statusCode()).as("single sign-on again").isEqualTo(403);
		}
		finally {
			jdbc.sql("delete from sso_policy").update();
		}
	}

	private HttpResponse<String> adminToken() throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"username": "root", "password": "admin-of-the-tests"}"""))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static DefaultOAuth2TokenCallback token(String issuer, String subject, List<String> audience, String email,
			boolean verified, String name, long expirySeconds) {
		return new DefaultOAuth2TokenCallback(issuer, subject, "JWT", audience,
				Map.of("email", email, "email_verified", verified, "preferred_username", name), expirySeconds);
	}

	private static String identity(String subject, String email, Instant issued, Instant expires, String secret)
			throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
				new JWTClaimsSet.Builder().subject(subject)
					.claim("email", email)
					.claim("name", "Customer")
					.issueTime(Date.from(issued))
					.expirationTime(Date.from(expires))
					.build());
		jwt.sign(new MACSigner(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		return jwt.serialize();
	}

	private HttpClient browser() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String unique() {
		return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
	}

}
