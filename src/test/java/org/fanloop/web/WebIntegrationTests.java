package org.fanloop.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the running server answers over real HTTP: error pages for browsers, problem
 * details for API clients (never a stack trace), security headers, the OpenAPI
 * description and the operations endpoints.
 */
@FanloopIntegrationTest
class WebIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Community community;

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	WebApplicationContext context;

	/**
	 * Spring Security's test support for MockMvc ({@code with(csrf())}) swaps the CSRF
	 * filter's token repository for a session-based one, in the filter chain the real
	 * server shares: once any MockMvc test posted a form, the server put every page's
	 * CSRF token in a session. These tests ask the real server, so they put back the
	 * cookie repository the application configures.
	 */
	@BeforeEach
	void productionCsrfTokens() {
		WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(context.getServletContext(), "GET", "/login"),
				new CookieCsrfTokenRepository());
	}

	@Test
	void browsersGetErrorPages() throws Exception {
		HttpResponse<String> missing = get("/posts/987654321", "text/html");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("<title>Not found</title>", "There is nothing at this address.");
		HttpResponse<String> badCursor = get("/products/" + community.product().slug() + "?cursor=%25%25", "text/html");
		assertThat(badCursor.statusCode()).isEqualTo(400);
		assertThat(badCursor.body()).contains("That did not work").doesNotContain("Exception");
	}

	@Test
	void apiClientsGetProblemDetailsAndNeverAStackTrace() throws Exception {
		HttpResponse<String> unknown = get("/api/v1/nothing-here", "application/json");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(unknown.body()).contains("\"status\":404", "\"title\"");

		HttpResponse<String> wrongMethod = http.send(HttpRequest.newBuilder(uri("/api/v1/products"))
			.method("PATCH", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(wrongMethod.statusCode()).isIn(401, 405);
		assertThat(wrongMethod.body()).doesNotContain("at org.", "Exception");

		HttpResponse<String> unauthorized = http.send(HttpRequest.newBuilder(uri("/api/v1/products"))
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.header("Content-Type", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(unauthorized.statusCode()).isEqualTo(401);
		assertThat(unauthorized.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(unauthorized.body()).contains("\"status\":401", "POST /api/v1/tokens");
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		HttpResponse<String> home = get("/", "text/html");
		assertThat(home.headers().firstValue("Content-Security-Policy")).get()
			.asString()
			.contains("script-src 'self'", "frame-ancestors 'none'", "img-src 'self' data:;");
		assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		// A signed-out page asks nothing of a CSRF token or a session: no cookie at all,
		// so
		// it is the same for every reader.
		assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
		HttpResponse<String> login = get("/login", "text/html");
		assertThat(login.headers().firstValue("Set-Cookie")).get()
			.asString()
			.contains("XSRF-TOKEN")
			.contains("HttpOnly");
		assertThat(login.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
	}

	@Test
	void staticFilesComeFromTheirOwnPathAndAreCached() throws Exception {
		String home = get("/", "text/html").body();
		assertThat(home).contains("href=\"/static/css/fanloop.css\"", "src=\"/webjars/htmx.org/");
		HttpResponse<String> css = get("/static/css/fanloop.css", "text/css");
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control")).get().asString().contains("max-age=604800");
		String htmx = home.replaceAll("(?s).*src=\"(/webjars/htmx.org/[^\"]+)\".*", "$1");
		assertThat(get(htmx, "*/*").statusCode()).isEqualTo(200);
		assertThat(get("/css/fanloop.css", "text/css").statusCode()).as("only under /static/").isEqualTo(404);
		HttpResponse<String> favicon = get("/favicon.ico", "image/*");
		assertThat(favicon.statusCode()).isEqualTo(200);
		assertThat(favicon.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
		assertThat(home).contains("class=\"skip-link\" href=\"#main\"", "id=\"main\"");
	}

	@Test
	void describesTheApiInOpenApi() throws Exception {
		HttpResponse<String> docs = get("/v3/api-docs", "application/json");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("\"/api/v1/members\"", "\"/api/v1/tokens\"", "\"/api/v1/products\"",
				"\"/api/v1/products/{slug}/staff\"", "\"/api/v1/products/{slug}/posts\"", "\"/api/v1/posts/{id}\"",
				"\"/api/v1/posts/{id}/vote\"", "\"/api/v1/posts/{id}/comments\"", "\"/api/v1/posts/{id}/status\"",
				"\"/api/v1/products/{slug}/builds\"", "\"/api/v1/builds/{id}/publish\"",
				"\"/api/v1/builds/{id}/promote\"", "\"/api/v1/builds/{id}\"", "\"/api/v1/products/{slug}/testers\"",
				"\"/api/v1/products/{slug}/testers/{username}\"", "\"/api/v1/builds/{id}/bugs\"",
				"\"/api/v1/me/notifications\"", "\"/api/v1/webhooks\"", "\"bearer\"");
		assertThat(get("/swagger-ui/index.html", "text/html").statusCode()).isEqualTo(200);
	}

	@Test
	void healthIsPublicAndMetricsAreForAdmins() throws Exception {
		assertThat(get("/actuator/health", "application/json").body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/prometheus", "text/plain").statusCode()).isEqualTo(401);
		String fan = community.token(community.fan());
		assertThat(http
			.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).header("Authorization", "Bearer " + fan).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(403);
		String admin = community.token(community.admin());
		HttpResponse<String> metrics = http.send(
				HttpRequest.newBuilder(uri("/actuator/prometheus")).header("Authorization", "Bearer " + admin).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("http_server_requests_seconds", "jvm_memory_used_bytes");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
