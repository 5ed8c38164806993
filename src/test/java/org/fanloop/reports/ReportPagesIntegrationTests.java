package org.fanloop.reports;

import java.util.List;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.fanloop.releases.Build;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The report form and the figures on the build page, without JavaScript.
 */
@FanloopIntegrationTest
class ReportPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Test
	void aTesterReportsThroughTheFormAndTheBuildPageAddsItUp() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		Post dark = community.post(product, community.fan(), "idea", "Dark mode for the lock screen");
		Post maps = community.post(product, community.fan(), "idea", "Offline maps");
		Build beta = community.liveBeta(product, staff, "9.0-beta.1", dark.id(), maps.id());
		SignedInMember tester = community.testerOf(product);

		assertThat(mvc.get().uri("/builds/{id}", beta.id()).with(authentication(Community.session(tester)))).bodyText()
			.contains("No reports yet from 1 tester", "href=\"/builds/" + beta.id() + "/report\"");
		assertThat(mvc.get().uri("/builds/{id}/report", beta.id()).with(authentication(Community.session(tester))))
			.hasStatusOk()
			.bodyText()
			.contains("Your experience with 9.0-beta.1", "Dark mode for the lock screen", "name=\"rating-" + dark.id());

		assertThat(mvc.post()
			.uri("/builds/{id}/report", beta.id())
			.param("rating-" + dark.id(), "like")
			.param("rating-" + maps.id(), "dislike")
			.param("best", String.valueOf(dark.id()))
			.param("worst", String.valueOf(maps.id()))
			.param("comment", "Lovely & quick.")
			.with(authentication(Community.session(tester)))
			.with(csrf())).hasStatusOk().bodyText().contains("Choose an overall score from 1 to 5.");
		assertThat(mvc.post()
			.uri("/builds/{id}/report", beta.id())
			.param("rating-" + dark.id(), "like")
			.param("rating-" + maps.id(), "dislike")
			.param("best", String.valueOf(dark.id()))
			.param("worst", String.valueOf(maps.id()))
			.param("score", "4")
			.param("comment", "Lovely & quick.")
			.with(authentication(Community.session(tester)))
			.with(csrf())).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/builds/" + beta.id() + "#reports");

		assertThat(mvc.get().uri("/builds/{id}", beta.id()).with(authentication(Community.session(staff)))).bodyText()
			.contains("1 report from 1 tester", "average score 4.0 of 5", "<svg class=\"chart\" role=\"img\"",
					"<th scope=\"row\">4</th><td>1</td>", "How the testers rated each post");
		// The form shows what the tester said, to change it.
		assertThat(mvc.get().uri("/builds/{id}/report", beta.id()).with(authentication(Community.session(tester))))
			.bodyText()
			.containsPattern("name=\"rating-" + dark.id() + "\" value=\"like\"\\s+checked")
			.contains("Lovely &amp; quick.");

		assertThat(mvc.get().uri("/builds/{id}/report", beta.id()).with(authentication(Community.session(staff))))
			.hasStatus(403);
		assertThat(mvc.get()
			.uri("/builds/{id}/report", beta.id())
			.with(authentication(Community.session(community.fan())))
			.accept(MediaType.TEXT_HTML)).hasStatus(404);
		assertThat(mvc.get().uri("/builds/{id}/report", beta.id())).hasStatus3xxRedirection();
	}

}
