package org.fanloop.accounts;

import org.fanloop.FanloopIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Password guessing is slowed down per client address (the tests allow 60 attempts a
 * minute).
 */
@FanloopIntegrationTest
class SignInThrottleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void refusesTheAttemptsBeyondTheLimitFromOneAddressOnly() {
		RequestPostProcessor guesser = from("203.0.113.7");
		for (int i = 0; i < 60; i++) {
			assertThat(tokenRequest(guesser)).hasStatus(401);
		}
		MvcTestResult refused = tokenRequest(guesser);
		assertThat(refused).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(Integer.parseInt(refused.getResponse().getHeader("Retry-After"))).isBetween(1, 60);
		assertThat(refused).bodyJson().extractingPath("$.title").isEqualTo("Too many attempts");
		assertThat(mvc.post().uri("/login").param("username", "x").param("password", "y").with(guesser).with(csrf()))
			.hasStatus(429);
		assertThat(tokenRequest(from("203.0.113.8"))).hasStatus(401);
	}

	private MvcTestResult tokenRequest(RequestPostProcessor address) {
		return mvc.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "nobody-at-all", "password": "guess"}""").with(address).exchange();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
