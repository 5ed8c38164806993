package org.fanloop.accounts;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-up and tokens through {@code /api/v1}.
 */
@FanloopIntegrationTest
class AccountApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Test
	void signsUpAMemberAndIssuesATokenThatSignsRequestsIn() throws Exception {
		String username = Community.unique("Nina");
		assertThat(post("/api/v1/members",
				"""
						{"username": "%s", "email": "%s@example.test", "password": "secret-pass"}""".formatted(username,
						username)))
			.hasStatus(201)
			.hasHeader("Location", "/api/v1/members/" + username.toLowerCase())
			.bodyJson()
			.extractingPath("$.username")
			.isEqualTo(username.toLowerCase());

		var token = post("/api/v1/tokens", """
				{"username": "%s", "password": "secret-pass"}""".formatted(username.toUpperCase()));
		assertThat(token).hasStatus(201).bodyJson().extractingPath("$.token").asString().startsWith("flp_");

		String value = com.jayway.jsonpath.JsonPath.read(token.getResponse().getContentAsString(), "$.token");
		assertThat(mvc.get().uri("/api/v1/me/notifications").header("Authorization", "Bearer " + value)).hasStatus(200)
			.bodyJson()
			.extractingPath("$.unread")
			.isEqualTo(0);
		assertThat(mvc.get().uri("/api/v1/me/notifications")).hasStatus(401);
	}

	@Test
	void membersListTheirNamedTokensAndARevokedTokenNoLongerSignsIn() throws Exception {
		SignedInMember fan = community.fan();
		var issued = post("/api/v1/tokens", """
				{"username": "%s", "password": "%s", "name": "CI pipeline"}""".formatted(fan.username(),
				Community.PASSWORD));
		assertThat(issued).hasStatus(201);
		String ci = com.jayway.jsonpath.JsonPath.read(issued.getResponse().getContentAsString(), "$.token");
		String other = community.token(fan);
		assertThat(mvc.get().uri("/api/v1/me/tokens").header("Authorization", "Bearer " + ci)).hasStatus(200);

		var listed = mvc.get().uri("/api/v1/me/tokens").header("Authorization", "Bearer " + other).exchange();
		assertThat(listed).hasStatus(200).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$[*].name").asArray().containsExactly("API", "CI pipeline");
			assertThat(json).doesNotHavePath("$[0].token").doesNotHavePath("$[0].tokenHash");
		});
		Integer ciId = com.jayway.jsonpath.JsonPath.read(listed.getResponse().getContentAsString(), "$[1].id");

		SignedInMember stranger = community.fan();
		assertThat(mvc.delete().uri("/api/v1/me/tokens/{id}", ciId).headers(community.bearer(stranger)))
			.as("another member's token")
			.hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.delete().uri("/api/v1/me/tokens/{id}", ciId)).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/me/tokens").header("Authorization", "Bearer " + ci)).hasStatus(200);

		assertThat(mvc.delete().uri("/api/v1/me/tokens/{id}", ciId).header("Authorization", "Bearer " + other))
			.hasStatus(204);
		assertThat(mvc.get().uri("/api/v1/me/tokens").header("Authorization", "Bearer " + ci)).as("revoked")
			.hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/me/tokens").header("Authorization", "Bearer " + other)).bodyJson()
			.extractingPath("$[*].name")
			.asArray()
			.containsExactly("API");
		assertThat(post("/api/v1/tokens",
				"""
						{"username": "%s", "password": "%s", "name": "%s"}""".formatted(fan.username(),
						Community.PASSWORD, "x".repeat(61))))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("name");
	}

	@Test
	void refusesATakenUsernameButNeverSaysAnEmailIsRegistered() {
		SignedInMember fan = community.fan();
		assertThat(post("/api/v1/members",
				"""
						{"username": "%s", "email": "other@example.test", "password": "secret-pass"}"""
					.formatted(fan.username().toUpperCase())))
			.hasStatus(409)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("username");
		assertThat(post("/api/v1/members",
				"""
						{"username": "%s", "email": "%s@EXAMPLE.test", "password": "secret-pass"}"""
					.formatted(Community.unique("other"), fan.username())))
			.as("an address somebody registered is taken like any other (its owner hears by mail)")
			.hasStatus(201);
	}

	@Test
	void listsEveryInvalidFieldOfASignUp() {
		var response = post("/api/v1/members", """
				{"username": "no spaces allowed", "email": "not-an-email", "password": "short"}""");
		assertThat(response).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("username", "email", "password");
		assertThat(response).bodyJson().extractingPath("$.status").isEqualTo(400);
	}

	@Test
	void refusesPasswordsThatAreEasyToGuess() {
		String username = Community.unique("careless");
		for (String weak : new String[] { "password", "12345678", "iloveyou123", "my-" + username,
				"x" + username + "@Mail" }) {
			assertThat(post("/api/v1/members",
					"""
							{"username": "%s", "email": "%s@example.test", "password": "%s"}""".formatted(username,
							username, weak)))
				.as(weak)
				.hasStatus(400)
				.bodyJson()
				.extractingPath("$.errors[0].field")
				.isEqualTo("password");
		}
		assertThat(post("/api/v1/members", """
				{"username": "%s", "email": "%s@example.test", "password": "violet tram ladder"}""".formatted(username,
				username)))
			.hasStatus(201);
	}

	@Test
	void refusesMalformedJsonWithAProblem() {
		assertThat(post("/api/v1/members", "{\"username\": ")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Invalid request");
	}

	@Test
	void refusesAWrongPasswordAndAnUnknownTokenWith401() {
		SignedInMember fan = community.fan();
		assertThat(post("/api/v1/tokens", """
				{"username": "%s", "password": "wrong-password"}""".formatted(fan.username()))).hasStatus(401)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(post("/api/v1/tokens", """
				{"username": "nobody-at-all", "password": "wrong-password"}""")).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/products").header("Authorization", "Bearer flp_made-up")).hasStatus(401)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("bearer token");
	}

	@Test
	void showsAPublicProfileWithoutTheEmail() {
		SignedInMember fan = community.fan();
		assertThat(mvc.get().uri("/api/v1/members/" + fan.username())).hasStatus(200)
			.bodyJson()
			.satisfies(json -> assertThat(json.getJson()).doesNotContain("@example.test").contains(fan.username()));
		assertThat(mvc.get().uri("/api/v1/members/nobody-at-all")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult post(String uri, String json) {
		return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

}
