package org.fanloop.products;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The admin pages: products and teams.
 */
@FanloopIntegrationTest
class ProductAdminPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	ProductService products;

	@Test
	void onlyAdminsOpenTheAdminPages() {
		assertThat(mvc.get().uri("/admin")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/admin").with(authentication(Community.session(community.fan())))).hasStatus(403);
		assertThat(mvc.get().uri("/admin").with(authentication(Community.session(community.admin())))).hasStatusOk()
			.bodyText()
			.contains("New product");
		assertThat(mvc.post()
			.uri("/admin/products")
			.param("slug", Community.unique("sneaky"))
			.param("name", "Sneaky")
			.with(authentication(Community.session(community.fan())))
			.with(csrf())).hasStatus(403);
	}

	@Test
	void anAdminCreatesAProductAndBuildsItsTeam() {
		SignedInMember admin = community.admin();
		String slug = Community.unique("hub");
		assertThat(mvc.post()
			.uri("/admin/products")
			.param("slug", slug)
			.param("name", "Hearth Hub")
			.param("description", "The smart-home hub.")
			.with(authentication(Community.session(admin)))
			.with(csrf())).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/products/" + slug);
		SignedInMember fan = community.fan();
		assertThat(mvc.post()
			.uri("/admin/products/{slug}/staff", slug)
			.param("username", fan.username())
			.with(authentication(Community.session(admin)))
			.with(csrf())).hasStatus3xxRedirection().flash().containsEntry("notice", "staff.added");
		assertThat(products.isStaff(products.get(slug).id(), fan)).isTrue();
		assertThat(mvc.get().uri("/admin/products/{slug}", slug).with(authentication(Community.session(admin))))
			.bodyText()
			.contains(fan.username());
		assertThat(mvc.post()
			.uri("/admin/products/{slug}/staff", slug)
			.param("username", "nobody-at-all")
			.with(authentication(Community.session(admin)))
			.with(csrf())).flash().containsEntry("error", "staff.unknown");
		assertThat(mvc.post()
			.uri("/admin/products/{slug}/staff/{u}/remove", slug, fan.username())
			.with(authentication(Community.session(admin)))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(products.isStaff(products.get(slug).id(), fan)).isFalse();
	}

	@Test
	void theProductFormSaysWhatIsWrong() {
		Product taken = community.product();
		assertThat(mvc.post()
			.uri("/admin/products")
			.param("slug", "Bad Slug")
			.param("name", "")
			.with(authentication(Community.session(community.admin())))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Choose an address of 2 to 40 lower-case letters", "Give it a name of at most 80 characters.");
		assertThat(mvc.post()
			.uri("/admin/products")
			.param("slug", taken.slug())
			.param("name", "Again")
			.with(authentication(Community.session(community.admin())))
			.with(csrf())).hasStatusOk().bodyText().contains("is already taken");
	}

	@Test
	void anAdminRenamesAProductOnItsPage() {
		SignedInMember admin = community.admin();
		Product product = community.product();
		assertThat(
				mvc.get().uri("/admin/products/{slug}", product.slug()).with(authentication(Community.session(admin))))
			.bodyText()
			.contains("Name and description", product.name() + ": team");
		assertThat(mvc.post()
			.uri("/admin/products/{slug}", product.slug())
			.param("name", "Nova <b>Max</b>")
			.param("description", "Renamed.")
			.with(authentication(Community.session(admin)))
			.with(csrf())).hasStatus3xxRedirection().flash().containsEntry("notice", "product.changed");
		assertThat(products.get(product.slug()).name()).isEqualTo("Nova <b>Max</b>");
		assertThat(mvc.get().uri("/products/{slug}", product.slug())).bodyText()
			.contains("Nova &lt;b&gt;Max&lt;/b&gt;")
			.doesNotContain("Nova <b>Max</b>");
		assertThat(mvc.post()
			.uri("/admin/products/{slug}", product.slug())
			.param("name", " ")
			.param("description", "")
			.with(authentication(Community.session(admin)))
			.with(csrf())).hasStatus3xxRedirection().flash().containsEntry("error", "product.invalid");
		assertThat(products.get(product.slug()).description()).isEqualTo("Renamed.");
	}

}
