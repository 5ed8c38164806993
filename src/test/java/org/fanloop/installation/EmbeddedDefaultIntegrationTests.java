package org.fanloop.installation;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fanloop.FanloopApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fanloop as a newcomer runs it: the embedded H2 file database under the data folder, no
 * settings. The first start shows the setup page; what was created survives a restart.
 */
class EmbeddedDefaultIntegrationTests {

	@TempDir
	Path data;

	@Test
	void setsUpOnceAndKeepsEverythingAcrossARestart() throws Exception {
		long postId;
		try (ConfigurableApplicationContext app = start()) {
			Client client = new Client(port(app));
			HttpResponse<String> home = client.get("/");
			assertThat(home.statusCode()).isEqualTo(302);
			assertThat(home.headers().firstValue("Location")).get().asString().endsWith("/setup");
			// Logging in or signing up would lead back here: the header offers neither.
			assertThat(client.get("/setup").body()).contains("Create the admin")
				.doesNotContain("href=\"/login\"", "href=\"/signup\"");

			HttpResponse<String> setup = client.form("/setup",
					Map.of("admin.username", "Founder", "admin.email", "founder@example.test", "admin.password",
							"a-long-password", "product.slug", "nova-os", "product.name", "Nova OS",
							"product.description", "The phone OS."));
			assertThat(setup.statusCode()).isEqualTo(302);
			assertThat(setup.headers().firstValue("Location")).get().asString().endsWith("/products/nova-os");
			assertThat(client.get("/products/nova-os").body()).contains("Nova OS", "founder");

			String token = client.json("/api/v1/tokens", """
					{"username": "founder", "password": "a-long-password"}""", null)
				.body()
				.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
			HttpResponse<String> post = client.json("/api/v1/products/nova-os/posts", """
					{"kind": "idea", "title": "Keep me after a restart"}""", token);
			assertThat(post.statusCode()).isEqualTo(201);
			postId = Long.parseLong(post.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
		}
		assertThat(data.resolve("fanloop.mv.db")).exists();

		try (ConfigurableApplicationContext app = start()) {
			Client client = new Client(port(app));
			assertThat(client.get("/").statusCode()).isEqualTo(200);
			assertThat(client.get("/setup").statusCode()).isEqualTo(302);
			assertThat(client.get("/api/v1/posts/" + postId).body()).contains("Keep me after a restart",
					"\"voteCount\":1");
		}
	}

	@Test
	void anInvalidAdminFromTheEnvironmentLeavesTheSetupPage() throws Exception {
		try (ConfigurableApplicationContext app = start("--fanloop.admin.username=boss",
				"--fanloop.admin.password=short")) {
			assertThat(new Client(port(app)).get("/").headers().firstValue("Location")).get()
				.asString()
				.endsWith("/setup");
		}
	}

	@Test
	void theDemoFlagLoadsASampleCommunityOnce() throws Exception {
		try (ConfigurableApplicationContext app = start("--demo")) {
			Client client = new Client(port(app));
			assertThat(client.get("/").body()).contains("Nova OS", "Pulse Band", "Hearth Hub", "Volt EV");
			assertThat(client.json("/api/v1/tokens", """
					{"username": "ada", "password": "fanloop-demo"}""", null).statusCode()).isEqualTo(201);
		}
		try (ConfigurableApplicationContext app = start("--demo")) {
			String products = new Client(port(app)).get("/api/v1/products").body();
			assertThat(products.split("\"slug\"")).hasSize(5);
		}
	}

	private ConfigurableApplicationContext start(String... extra) {
		String[] args = new String[extra.length + 2];
		args[0] = "--fanloop.data-dir=" + data;
		args[1] = "--server.port=0";
		System.arraycopy(extra, 0, args, 2, extra.length);
		return SpringApplication.run(FanloopApplication.class, args);
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	/**
	 * A browser in miniature: keeps cookies, does not follow redirects, reads CSRF tokens
	 * from forms.
	 */
	private record Client(int port, HttpClient http) {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		Client(int port) {
			this(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
		}

		HttpResponse<String> get(String path) throws Exception {
			String accept = path.startsWith("/api/") ? "application/json" : "text/html";
			return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
			Matcher csrf = CSRF.matcher(get(path).body());
			assertThat(csrf.find()).isTrue();
			String body = fields.entrySet()
				.stream()
				.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&")) + "&_csrf=" + csrf.group(1);
			return http.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> json(String path, String json, String token) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json));
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

	}

}
