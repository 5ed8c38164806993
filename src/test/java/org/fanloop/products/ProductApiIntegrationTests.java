package org.fanloop.products;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Products and their teams through {@code /api/v1/products}.
 */
@FanloopIntegrationTest
class ProductApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	ProductService products;

	@Test
	void adminCreatesAProductThatEverybodySees() {
		String slug = Community.unique("band");
		assertThat(post("/api/v1/products", community.admin(), """
				{"slug": "%s", "name": "  Pulse Band  ", "description": "The band."}""".formatted(slug))).hasStatus(201)
			.hasHeader("Location", "/api/v1/products/" + slug)
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo("Pulse Band");
		assertThat(mvc.get().uri("/api/v1/products")).hasStatus(200)
			.bodyJson()
			.extractingPath("$[*].slug")
			.asArray()
			.contains(slug);
		assertThat(mvc.get().uri("/api/v1/products/" + slug)).hasStatus(200);
		assertThat(mvc.get().uri("/api/v1/products/no-such-product")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void onlyAdminsCreateProducts() {
		String json = """
				{"slug": "%s", "name": "Nope", "description": ""}""".formatted(Community.unique("nope"));
		assertThat(mvc.post().uri("/api/v1/products").contentType(MediaType.APPLICATION_JSON).content(json))
			.hasStatus(401)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(post("/api/v1/products", community.fan(), json)).hasStatus(403)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Only admins may create products.");
	}

	@Test
	void refusesBadAndTakenSlugs() {
		assertThat(post("/api/v1/products", community.admin(), """
				{"slug": "Not A Slug!", "name": "", "description": "%s"}""".formatted("x".repeat(1001)))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("slug", "name", "description");
		Product existing = community.product();
		assertThat(post("/api/v1/products", community.admin(), """
				{"slug": "%s", "name": "Again"}""".formatted(existing.slug()))).hasStatus(409)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("slug");
	}

	@Test
	void adminBuildsATeam() {
		Product product = community.product();
		SignedInMember fan = community.fan();
		String body = """
				{"username": "%s"}""".formatted(fan.username());
		assertThat(post("/api/v1/products/" + product.slug() + "/staff", community.admin(), body)).hasStatus(201)
			.bodyJson()
			.extractingPath("$[*].username")
			.asArray()
			.containsExactly(fan.username());
		assertThat(post("/api/v1/products/" + product.slug() + "/staff", community.admin(), body)).hasStatus(200);
		assertThat(products.isStaff(product.id(), fan)).isTrue();

		assertThat(mvc.delete()
			.uri("/api/v1/products/" + product.slug() + "/staff/" + fan.username())
			.headers(community.bearer(community.admin()))).hasStatus(204);
		assertThat(products.isStaff(product.id(), fan)).isFalse();
	}

	@Test
	void onlyAdminsBuildTeamsAndOnlyOfRealMembers() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		String body = """
				{"username": "%s"}""".formatted(community.fan().username());
		assertThat(post("/api/v1/products/" + product.slug() + "/staff", staff, body)).hasStatus(403);
		assertThat(mvc.delete()
			.uri("/api/v1/products/" + product.slug() + "/staff/" + staff.username())
			.headers(community.bearer(staff))).hasStatus(403);
		assertThat(post("/api/v1/products/" + product.slug() + "/staff", community.admin(), """
				{"username": "nobody-at-all"}""")).hasStatus(404);
		assertThat(post("/api/v1/products/" + product.slug() + "/staff", community.admin(), "{}")).hasStatus(400);
		assertThat(post("/api/v1/products/no-such-product/staff", community.admin(), body)).hasStatus(404);
	}

	@Test
	void adminRenamesAProductAndEveryPageShowsTheNewName() {
		Product product = community.product();
		community.post(product, community.fan());
		assertThat(mvc.get().uri("/products/" + product.slug())).bodyText().contains(product.name());
		String uri = "/api/v1/products/" + product.slug();
		assertThat(community.patchJson(mvc, uri, community.admin(), """
				{"name": "  Nova OS 2  "}""")).hasStatus(200).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.name").isEqualTo("Nova OS 2");
			json.assertThat().extractingPath("$.slug").isEqualTo(product.slug());
			json.assertThat().extractingPath("$.description").isEqualTo(product.description());
		});
		assertThat(products.get(product.slug()).name()).isEqualTo("Nova OS 2");
		assertThat(products.get(product.id()).name()).isEqualTo("Nova OS 2");
		assertThat(mvc.get().uri("/products/" + product.slug())).bodyText().contains("Nova OS 2");
		assertThat(community.patchJson(mvc, uri, community.admin(), """
				{"description": "Now with more."}""")).hasStatus(200)
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo("Nova OS 2");
		assertThat(mvc.get().uri(uri)).bodyJson().extractingPath("$.description").isEqualTo("Now with more.");
	}

	@Test
	void refusesBlankOrLongNamesAndUnknownProducts() {
		String uri = "/api/v1/products/" + community.product().slug();
		assertThat(community.patchJson(mvc, uri, community.admin(), """
				{"name": "   "}""")).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
		assertThat(community.patchJson(mvc, uri, community.admin(), """
				{"name": "%s", "description": "%s"}""".formatted("n".repeat(81), "d".repeat(1001)))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("name", "description");
		assertThat(community.patchJson(mvc, "/api/v1/products/no-such-product", community.admin(), """
				{"name": "Ghost"}""")).hasStatus(404);
		assertThat(community.patchJson(mvc, uri, community.staffOf(community.product()), """
				{"name": "Mine"}""")).hasStatus(403);
	}

	private MvcTestResult post(String uri, SignedInMember member, String json) {
		return community.postJson(mvc, uri, member, json);
	}

}
