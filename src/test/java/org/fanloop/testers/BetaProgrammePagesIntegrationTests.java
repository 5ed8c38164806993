package org.fanloop.testers;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The beta programme page: applying, deciding, the cap.
 */
@FanloopIntegrationTest
class BetaProgrammePagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	TesterService testers;

	@Test
	void aMemberAppliesOnThePageAndStaffAcceptThere() {
		Product product = community.product();
		SignedInMember fan = community.fan();
		SignedInMember staff = community.staffOf(product);
		assertThat(mvc.get().uri("/products/{slug}/beta", product.slug())).hasStatusOk()
			.bodyText()
			.contains("beta programme", "to apply.");
		assertThat(mvc.get().uri("/products/{slug}/beta", product.slug()).with(authentication(Community.session(fan))))
			.hasStatusOk()
			.bodyText()
			.contains("Apply to test");
		assertThat(mvc.post()
			.uri("/products/{slug}/beta/apply", product.slug())
			.with(authentication(Community.session(fan)))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/products/{slug}/beta", product.slug()).with(authentication(Community.session(fan))))
			.bodyText()
			.contains("Your application is waiting for the team.")
			.doesNotContain("Applications");

		assertThat(
				mvc.get().uri("/products/{slug}/beta", product.slug()).with(authentication(Community.session(staff))))
			.hasStatusOk()
			.bodyText()
			.contains("Applications", fan.username(), "Programme settings", "no need to apply")
			.doesNotContain("Apply to test");
		assertThat(mvc.post()
			.uri("/products/{slug}/beta/testers/{u}", product.slug(), fan.username())
			.param("state", "accepted")
			.with(authentication(Community.session(staff)))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(testers.isTester(product.id(), fan.id())).isTrue();
		assertThat(mvc.get().uri("/products/{slug}/beta", product.slug()).with(authentication(Community.session(fan))))
			.bodyText()
			.contains("You are a tester");
		assertThat(mvc.post()
			.uri("/products/{slug}/beta/testers/{u}", product.slug(), fan.username())
			.param("state", "declined")
			.with(authentication(Community.session(fan)))
			.with(csrf())
			.accept("text/html")).hasStatus(403);
	}

	@Test
	void staffCapTheProgrammeOnThePage() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		assertThat(mvc.post()
			.uri("/products/{slug}/beta/settings", product.slug())
			.param("open", "true")
			.param("testerCap", "1")
			.with(authentication(Community.session(staff)))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(testers.programme(product.id()).testerCap()).isEqualTo(1);
		community.testerOf(product);
		assertThat(mvc.get()
			.uri("/products/{slug}/beta", product.slug())
			.with(authentication(Community.session(community.fan())))).bodyText()
			.contains("The programme is full for now.")
			.doesNotContain("Apply to test");
	}

}
