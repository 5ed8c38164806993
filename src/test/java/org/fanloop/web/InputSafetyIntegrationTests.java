package org.fanloop.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What malformed and hostile input gets over real HTTP: a 4xx problem naming what is
 * wrong, never a 5xx, and nothing stored.
 */
@FanloopIntegrationTest
class InputSafetyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Community community;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	Product product;

	SignedInMember fan;

	String token;

	@BeforeEach
	void aBoard() {
		product = community.product();
		fan = community.fan();
		token = community.token(fan);
	}

	@Test
	void nulCharactersAreRefusedWithAProblemNamingTheField() throws Exception {
		HttpResponse<String> anonymousToken = send("POST", "/api/v1/tokens", null, """
				{"username": "ali\\u0000ce", "password": "x"}""");
		assertThat(anonymousToken.statusCode()).isEqualTo(400);
		assertProblem(anonymousToken).contains("\"field\":\"username\"", "NUL");

		HttpResponse<String> post = send("POST", "/api/v1/products/" + product.slug() + "/posts", token, """
				{"kind": "idea", "title": "Dark mode\\u0000 please", "body": "x"}""");
		assertThat(post.statusCode()).isEqualTo(400);
		assertProblem(post).contains("\"field\":\"title\"");
		assertThat(postsOf(product)).isZero();

		HttpResponse<String> inAList = send("POST", "/api/v1/products/" + product.slug() + "/builds", token, """
				{"version": "1.0", "channel": "beta", "notes": "a\\u0000", "posts": []}""");
		assertThat(inAList.statusCode()).isEqualTo(400);

		HttpResponse<String> inAQuery = send("GET", "/api/v1/products/" + product.slug() + "/posts?status=open%00",
				null, null);
		assertThat(inAQuery.statusCode()).isEqualTo(400);
		assertProblem(inAQuery).contains("\"field\":\"status\"");

		HttpResponse<String> inAPath = send("GET", "/api/v1/products/abc%00def/posts", null, null);
		assertThat(inAPath.statusCode()).isEqualTo(400);
		assertProblem(inAPath);
	}

	@Test
	void nulCharactersInAFormGetAReadablePage() throws Exception {
		HttpResponse<String> signUp = http.send(HttpRequest.newBuilder(uri("/signup"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("username=a%00b&email=a%40b.test&password=long-enough-1"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signUp.statusCode()).isEqualTo(400);
		assertThat(signUp.body()).contains("<html").doesNotContain("Exception");
	}

	@Test
	void wrongJsonTypesAreRefusedNotCoerced() throws Exception {
		Post post = community.post(product, fan);
		HttpResponse<String> number = send("POST", "/api/v1/posts/" + post.id() + "/comments", token, """
				{"body": 12345}""");
		assertThat(number.statusCode()).isEqualTo(400);
		assertProblem(number).contains("\"field\":\"body\"", "must be a JSON string");
		HttpResponse<String> bool = send("POST", "/api/v1/posts/" + post.id() + "/comments", token, """
				{"body": true}""");
		assertThat(bool.statusCode()).isEqualTo(400);
		assertThat(
				jdbc.sql("select count(*) from comments where post_id = ?").param(post.id()).query(Long.class).single())
			.isZero();

		String staff = community.token(community.staffOf(product));
		String programme = "/api/v1/products/" + product.slug() + "/beta-programme";
		HttpResponse<String> fraction = send("PUT", programme, staff, """
				{"open": true, "testerCap": 1.9}""");
		assertThat(fraction.statusCode()).isEqualTo(400);
		assertProblem(fraction).contains("\"field\":\"testerCap\"", "whole number");
		HttpResponse<String> one = send("PUT", programme, staff, """
				{"open": 1}""");
		assertThat(one.statusCode()).isEqualTo(400);
		assertProblem(one).contains("\"field\":\"open\"", "true or false");
		HttpResponse<String> notJson = send("PUT", programme, staff, "{\"open\": tru");
		assertThat(notJson.statusCode()).isEqualTo(400);
		assertProblem(notJson);
		HttpResponse<String> right = send("PUT", programme, staff, """
				{"open": true, "testerCap": 2}""");
		assertThat(right.statusCode()).isEqualTo(200);
	}

	@Test
	void bodiesOverTheLimitAreRefusedBeforeTheyAreRead() throws Exception {
		String big = "{\"username\": \"" + "a".repeat(2 * 1024 * 1024) + "\", \"password\": \"x\"}";
		HttpResponse<String> withLength = send("POST", "/api/v1/tokens", null, big);
		assertThat(withLength.statusCode()).isEqualTo(413);
		assertProblem(withLength).contains("\"status\":413");

		// Without a Content-Length (chunked), the body is counted as it is read.
		HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes())))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertProblem(chunked);

		HttpResponse<String> signedIn = send("POST", "/api/v1/products/" + product.slug() + "/posts", token,
				"{\"kind\": \"idea\", \"title\": \"Big\", \"body\": \"" + "b".repeat(1_100_000) + "\"}");
		assertThat(signedIn.statusCode()).isEqualTo(413);
		assertThat(postsOf(product)).isZero();

		// Uploads (multipart, only screenshots take them) may be larger: up to 6 MB. Over
		// that, the answer comes from the headers alone, before a byte of the body is
		// sent.
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("POST /api/v1/posts/1/screenshots HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "Authorization: Bearer "
						+ token + "\r\n" + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: "
						+ (7 * 1024 * 1024) + "\r\n\r\n")
					.getBytes());
			String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream()))
				.readLine();
			assertThat(status).isEqualTo("HTTP/1.1 413 ");
		}
		String boundary = "fanloop-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n")
			.getBytes();
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
		byte[] body = new byte[head.length + 5 * 1024 * 1024 + 300_000 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpResponse<String> upload = http.send(HttpRequest.newBuilder(uri("/api/v1/posts/1/screenshots"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(upload.statusCode()).as("read, and answered by the endpoint").isIn(400, 404, 409);
		assertProblem(upload);
	}

	@Test
	void markingReadTakesAtMostAThousandIds() throws Exception {
		String ids = LongStream.rangeClosed(1, 100_000).mapToObj(Long::toString).collect(Collectors.joining(","));
		HttpResponse<String> many = send("POST", "/api/v1/me/notifications/read", token, "{\"ids\": [" + ids + "]}");
		assertThat(many.statusCode()).isEqualTo(400);
		assertProblem(many).contains("\"field\":\"ids\"", "at most 1000");
		String thousand = String.join(",", Collections.nCopies(1000, "1"));
		assertThat(send("POST", "/api/v1/me/notifications/read", token, "{\"ids\": [" + thousand + "]}").statusCode())
			.isEqualTo(200);
		assertThat(send("POST", "/api/v1/me/notifications/read", token, "{}").statusCode()).isEqualTo(200);
	}

	private long postsOf(Product product) {
		return jdbc.sql("select count(*) from posts where product_id = ?")
			.param(product.id())
			.query(Long.class)
			.single();
	}

	private static org.assertj.core.api.AbstractStringAssert<?> assertProblem(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type")).get()
			.asString()
			.startsWith("application/problem+json");
		return assertThat(response.body()).contains("\"title\"").doesNotContain("Exception", "at org.");
	}

	private HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
