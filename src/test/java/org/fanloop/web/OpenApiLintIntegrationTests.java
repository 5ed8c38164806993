package org.fanloop.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fanloop.FanloopIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description passes the checks of Redocly's recommended ruleset that it can
 * fail (the same file is linted with {@code @redocly/cli} by {@code .ci/run}): a licence
 * with an identifier, every operation with a summary, a unique operation id, a success
 * and a 4xx response, every error response a problem+json, and every {@code $ref}
 * resolving.
 */
@FanloopIntegrationTest
class OpenApiLintIntegrationTests {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Test
	void theDescriptionHasNoLintProblems() throws Exception {
		String text = mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "openapi.json"), text);
		JsonNode api = json.readTree(text);

		assertThat(api.path("info").path("license").path("name").asString()).isNotBlank();
		assertThat(api.path("info").path("license").path("identifier").asString()).isNotBlank();

		List<String> problems = new ArrayList<>();
		Set<String> operationIds = new HashSet<>();
		int operations = 0;
		for (var path : api.path("paths").properties()) {
			for (var entry : path.getValue().properties()) {
				if (!METHODS.contains(entry.getKey())) {
					continue;
				}
				operations++;
				String name = entry.getKey().toUpperCase() + " " + path.getKey();
				JsonNode operation = entry.getValue();
				if (operation.path("summary").asString("").isBlank()) {
					problems.add(name + ": no summary");
				}
				if (!operationIds.add(operation.path("operationId").asString(""))) {
					problems.add(name + ": operationId not unique");
				}
				boolean success = false;
				boolean clientError = false;
				for (var response : operation.path("responses").properties()) {
					success |= response.getKey().startsWith("2");
					clientError |= response.getKey().startsWith("4");
					if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
						if (!response.getValue().path("content").has("application/problem+json")) {
							problems.add(name + ": " + response.getKey() + " is not a problem+json");
						}
					}
				}
				if (!success) {
					problems.add(name + ": no 2xx response");
				}
				if (!clientError) {
					problems.add(name + ": no 4xx response");
				}
			}
		}
		Matcher refs = Pattern.compile("\"\\$ref\":\"#/components/schemas/([^\"]+)\"").matcher(text);
		while (refs.find()) {
			if (!api.path("components").path("schemas").has(refs.group(1))) {
				problems.add("unresolved $ref " + refs.group(1));
			}
		}
		assertThat(operations).as("operations described").isGreaterThanOrEqualTo(50);
		assertThat(problems).isEmpty();

		JsonNode tokenResponses = api.path("paths").path("/api/v1/tokens").path("post").path("responses");
		assertThat(tokenResponses.has("400")).isTrue();
		assertThat(tokenResponses.has("413")).isTrue();
		assertThat(tokenResponses.has("429")).isTrue();
		JsonNode status = api.path("paths").path("/api/v1/posts/{id}/status").path("post").path("responses");
		assertThat(status.has("401") && status.has("403") && status.has("404") && status.has("409")).isTrue();
	}

}
