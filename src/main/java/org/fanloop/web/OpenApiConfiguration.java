package org.fanloop.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} (Swagger UI at
 * {@code /swagger-ui.html}).
 *
 * <p>
 * Every operation's error responses are added here, in one place, from the rules every
 * call follows (the same {@link ProblemDetails} renders them all): a body or parameters
 * can be invalid (400) or too large (413); a call that needs a caller can be refused
 * anonymously (401) or for lack of a role (403); a path naming something can miss (404);
 * a write can conflict with the state of what it changes (409); sign-ins can be limited
 * (429); any call can be asked for something other than JSON (406); and the database can
 * be away (503). A handler's own {@code @ApiResponse}s (a 201, say) stay.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String PROBLEM = "Problem";

	/** The writes anybody may call; every other write needs a bearer token. */
	private static final Set<String> PUBLIC_WRITES = Set.of("POST /api/v1/members", "POST /api/v1/tokens");

	/** The reads that need a caller. */
	private static final Set<String> PRIVATE_READ_PREFIXES = Set.of("/api/v1/me/", "/api/v1/webhooks");

	@Bean
	OpenAPI fanloopApi() {
		return new OpenAPI()
			.info(new Info().title("Fanloop API")
				.version("v1")
				.license(new License().name("Proprietary").identifier("LicenseRef-Fanloop"))
				.description("Feedback boards, votes, answers, statuses and the release train. "
						+ "Errors are application/problem+json (RFC 9457). "
						+ "Get a token with `POST /api/v1/tokens` and send it as `Authorization: Bearer <token>`."))
			.servers(List.of(new Server().url("/").description("This Fanloop installation")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return openApi -> {
			// Here rather than on the bean: springdoc replaces the schemas it was given.
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				addProblems(path, method, operation);
				if (operation.getOperationId() != null && operation.getDescription() == null) {
					operation.setDescription(operation.getSummary());
				}
			}));
		};
	}

	private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
		boolean read = method == PathItem.HttpMethod.GET;
		String endpoint = method + " " + path;
		boolean signedIn = read ? PRIVATE_READ_PREFIXES.stream().anyMatch(path::startsWith) || path.endsWith("/follow")
				: !PUBLIC_WRITES.contains(endpoint);
		boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
		boolean hasBody = operation.getRequestBody() != null;
		Map<String, String> problems = new LinkedHashMap<>();
		if (hasBody || hasParameters) {
			problems.put("400", "Invalid input: `errors` lists each field at fault and why");
		}
		if (signedIn) {
			problems.put("401", "No valid bearer token was sent");
			problems.put("403", "The caller may not do this (staff or admin only, or not their own)");
		}
		if (path.contains("{")) {
			problems.put("404", "Nothing with this id or slug (or nothing the caller may see)");
		}
		if (!read && !path.equals("/api/v1/tokens")) {
			problems.put("409", "The change conflicts with the current state (taken, closed, already done)");
		}
		if (hasBody) {
			problems.put("413", "The body is larger than the server reads (1 MB by default)");
		}
		if (PUBLIC_WRITES.contains(endpoint)) {
			problems.put("429", "Too many attempts; see Retry-After");
		}
		problems.put("406", "The Accept header asks for something other than JSON");
		problems.put("503", "The database (or, for votes, the vote writer) is busy or away; see Retry-After");
		problems.forEach((status, description) -> {
			if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
				operation.getResponses()
					.addApiResponse(status, new ApiResponse().description(description)
						.content(new Content().addMediaType("application/problem+json",
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
			}
		});
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problemSchema() {
		ObjectSchema fieldError = new ObjectSchema();
		fieldError.addProperty("field", new StringSchema().description("the field at fault, e.g. `title` or `ids`"));
		fieldError.addProperty("message", new StringSchema().description("what is wrong with it, in words"));
		Schema problem = new ObjectSchema().description("RFC 9457 problem details");
		problem.addProperty("type", new StringSchema().example("about:blank"));
		problem.addProperty("title", new StringSchema().example("Invalid request"));
		problem.addProperty("status", new IntegerSchema().example(400));
		problem.addProperty("detail", new StringSchema().example("Some fields are not valid; see errors."));
		problem.addProperty("instance", new StringSchema());
		problem.addProperty("errors", new ArraySchema().items(fieldError));
		problem.setRequired(List.of("title", "status"));
		return problem;
	}

}
