package org.fanloop.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Authorization on every endpoint. Every handler that changes something is found by
 * asking Spring MVC for all its mappings, so an endpoint added later is checked too:
 * anonymous callers are refused (401 on the API, the login page for pages) unless the
 * endpoint is one of the few public ones. Then every staff- or admin-only endpoint is
 * tried by a plain member.
 */
@FanloopIntegrationTest
class AuthorizationIntegrationTests {

	private static final Set<String> PUBLIC_WRITES = Set.of("POST /api/v1/members", "POST /api/v1/tokens",
			"POST /signup", "POST /setup", "POST /login", "POST /logout", "POST /unsubscribe",
			// The one-time link is the proof (ChannelsIntegrationTests claims with it).
			"POST /claim/{token}",
			// Forgotten passwords: answered alike for any address; the mailed links are
			// the proof (VerificationIntegrationTests).
			"POST /api/v1/password-resets", "POST /api/v1/password-resets/{token}",
			"POST /api/v1/email-verifications/{token}", "POST /forgot-password", "POST /reset-password/{token}",
			"POST /verify-email/{token}");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	Product product;

	Post post;

	SignedInMember fan;

	@BeforeEach
	void aBoardWithAPost() {
		product = community.product();
		fan = community.fan();
		post = community.post(product, fan);
	}

	@Test
	void anonymousCallersChangeNothing() {
		List<String> checked = new ArrayList<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					String endpoint = method + " " + pattern;
					if (method == RequestMethod.GET || PUBLIC_WRITES.contains(endpoint)) {
						continue;
					}
					MvcTestResult result = mvc
						.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
							.request(HttpMethod.valueOf(method.name()), fill(pattern))
							.contentType(MediaType.APPLICATION_JSON)
							.content("{}")
							.with(csrf()));
					if (pattern.startsWith("/api/")) {
						assertThat(result).as(endpoint).hasStatus(401);
					}
					else {
						assertThat(result).as(endpoint).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
					}
					checked.add(endpoint);
				}
			}
		});
		assertThat(checked).as("the writes found").hasSizeGreaterThanOrEqualTo(15);
	}

	/**
	 * Every API read, asked anonymously, answers what it owes a visitor (200, or 401 for
	 * the caller's own things, 404 for what they may not see) and never a 5xx.
	 */
	@Test
	void anonymousReadsNeverFail() {
		List<String> checked = new ArrayList<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")
						|| !info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
					continue;
				}
				MvcTestResult result = mvc.get().uri(fill(pattern)).accept(MediaType.APPLICATION_JSON).exchange();
				assertThat(result.getResponse().getStatus()).as("GET " + pattern).isIn(200, 204, 400, 401, 404);
				if (pattern.startsWith("/api/v1/me/") || pattern.endsWith("/follow")) {
					assertThat(result).as("GET " + pattern).hasStatus(401);
				}
				checked.add(pattern);
			}
		});
		assertThat(checked).as("the reads found").hasSizeGreaterThanOrEqualTo(20);
	}

	@Test
	void membersCannotDoWhatStaffOrAdminsDo() {
		String token = community.token(fan);
		Map<String, String> apiCalls = Map.of("POST /api/v1/products", """
				{"slug": "%s", "name": "Mine now"}""".formatted(Community.unique("mine")),
				"POST /api/v1/products/{slug}/staff", """
						{"username": "%s"}""".formatted(fan.username()),
				"DELETE /api/v1/products/{slug}/staff/{username}", "", "POST /api/v1/posts/{id}/status", """
						{"status": "planned", "note": "I planned it myself."}""", "PUT /api/v1/products/{slug}/gate",
				"""
						{"minReports": 1}""", "POST /api/v1/products/{slug}/invitations", "{}",
				"GET /api/v1/products/{slug}/testers/activity", "", "POST /api/v1/products/{slug}/testers/prune", "",
				"PATCH /api/v1/products/{slug}", """
						{"name": "Mine now"}""");
		Map<String, String> teamCalls = Map.of("GET /api/v1/products/{slug}/queue", "",
				"GET /api/v1/products/{slug}/engagement", "", "PUT /api/v1/products/{slug}/response-target", """
						{"targetHours": 1, "businessHours": false, "timeZone": "UTC", "dayStart": 9, "dayEnd": 17}""",
				"PUT /api/v1/posts/{id}/assignee", """
						{"username": "%s"}""".formatted(fan.username()), "PUT /api/v1/products/{slug}/rotation", """
						{"in": true}""", "PUT /api/v1/products/{slug}/beta-requirement", """
						{"minLevel": null}""", "POST /api/v1/admin/reputation/recompute", "");
		Map<String, String> sessionCalls = Map.of("POST /api/v1/products/{slug}/sessions", """
				{"topic": "Mine", "startsAt": "2027-01-01T10:00", "timeZone": "UTC", "durationMinutes": 60,
				 "place": "here", "capacity": 5}""", "POST /api/v1/products/{slug}/posts/on-behalf",
				"""
						{"member": "%s", "source": "chat", "kind": "idea", "title": "Mine to post"}"""
					.formatted(fan.username()),
				"PUT /api/v1/posts/{id}/vote/on-behalf", """
						{"member": "%s", "source": "chat"}""".formatted(fan.username()),
				"PUT /api/v1/products/{slug}/vote-weights", """
						{"attribute": "tier", "weights": {"free": 1}}""",
				"PUT /api/v1/products/{slug}/members/{username}/attribute", """
						{"value": "free"}""", "GET /api/v1/products/{slug}/weighted", "");
		Map<String, String> adminCalls = Map.of("GET /api/v1/admin/search", "", "POST /api/v1/admin/search/rebuild", "",
				"GET /api/v1/admin/triage", "", "POST /api/v1/admin/triage/retrain", "", "GET /api/v1/admin/sso", "",
				"PUT /api/v1/admin/sso", "{\"requireForStaff\": false}");
		Map<String, String> findingCalls = Map.of("POST /api/v1/posts/{id}/merge", "{\"into\": 1}",
				"DELETE /api/v1/posts/{id}/merge", "", "GET /api/v1/posts/{id}/triage", "",
				"PUT /api/v1/posts/{id}/triage", "{\"kind\": \"bug\"}");
		Map<String, String> moderationCalls = Map.of("POST /api/v1/posts/{id}/moderation", "{\"action\": \"hide\"}",
				"GET /api/v1/products/{slug}/moderation", "", "DELETE /api/v1/products/{slug}/flags/{id}", "",
				"GET /api/v1/posts/{id}/revisions", "");
		Map<String, String> allCalls = new java.util.HashMap<>(apiCalls);
		allCalls.putAll(teamCalls);
		allCalls.putAll(sessionCalls);
		allCalls.putAll(adminCalls);
		allCalls.putAll(findingCalls);
		allCalls.putAll(moderationCalls);
		allCalls.forEach((endpoint, body) -> {
			String[] parts = endpoint.split(" ");
			assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.request(HttpMethod.valueOf(parts[0]), fill(parts[1]))
				.header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))).as(endpoint).hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		});

		List<String> pages = List.of("GET /admin", "GET /admin/products/{slug}", "POST /admin/products",
				"POST /admin/products/{slug}", "POST /admin/products/{slug}/staff",
				"POST /admin/products/{slug}/staff/{username}/remove", "POST /posts/{id}/status",
				"POST /products/{slug}/beta/prune", "POST /posts/{id}/delete", "GET /products/{slug}/queue",
				"GET /products/{slug}/team", "POST /posts/{id}/assignee", "POST /products/{slug}/rotation",
				"GET /products/{slug}/feedback", "POST /posts/{id}/merge", "POST /posts/{id}/unmerge",
				"POST /posts/{id}/triage", "GET /products/{slug}/moderation", "POST /posts/{id}/moderation",
				"POST /products/{slug}/flags/{id}/dismiss", "GET /admin/sso", "POST /admin/sso");
		for (String endpoint : pages) {
			String[] parts = endpoint.split(" ");
			assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.request(HttpMethod.valueOf(parts[0]), fill(parts[1]))
				.param("slug", Community.unique("mine"))
				.param("name", "Mine")
				.param("description", "Mine.")
				.param("username", fan.username())
				.param("status", "planned")
				.param("note", "Mine.")
				.param("kind", "bug")
				.param("into", "1")
				.param("action", "hide")
				.accept(MediaType.TEXT_HTML)
				.with(authentication(Community.session(fan)))
				.with(csrf()))).as(endpoint).hasStatus(403);
		}
		// Its author may delete the post (softly), edit it and its comments; another
		// member
		// may not, nor see its earlier versions.
		SignedInMember other = community.fan();
		assertThat(mvc.delete().uri("/api/v1/posts/{id}", post.id()).headers(community.bearer(other))).hasStatus(403);
		assertThat(community.putJson(mvc, "/api/v1/posts/" + post.id(), other, "{\"title\": \"Mine now\"}"))
			.hasStatus(403);
		assertThat(mvc.post()
			.uri("/posts/{id}/withdraw", post.id())
			.with(authentication(Community.session(other)))
			.with(csrf())).hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/posts/{id}", post.id())).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("open");
	}

	private String fill(String pattern) {
		return pattern.replace("{slug}", product.slug())
			.replace("{id}", String.valueOf(post.id()))
			.replace("{username}", fan.username())
			.replace("{token}", "some-enrolment-link")
			.replace("{kind}", "votes");
	}

}
