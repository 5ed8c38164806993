package org.fanloop.rollouts;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildService;
import org.fanloop.releases.Promotion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A stable build rolls out in stages: the updater offers it to about the chosen share of
 * installations, the same ones as the share grows, and to nobody while it is halted.
 */
@FanloopIntegrationTest
class RolloutIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	BuildService builds;

	@Autowired
	RolloutService rollouts;

	@Test
	void aTenPercentRolloutReachesAboutATenthAndGrowsWithoutLosingAnyone() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		Post idea = community.post(product, community.fan());
		Build beta = community.liveBeta(product, staff, "2.0-beta.1", idea.id());
		String promoted = community.postJson(mvc, "/api/v1/builds/" + beta.id() + "/promote", staff, """
				{"rolloutPercent": 10}""").getResponse().getContentAsString();
		long stable = Long.parseLong(promoted.replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));
		assertThat(community.get(mvc, "/api/v1/builds/" + stable, null)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.rollout.percent").isEqualTo(10);
			assertThat(json).extractingPath("$.rollout.halted").isEqualTo(false);
			assertThat(json).extractingPath("$.rollout.history.length()").isEqualTo(1);
		});

		Set<Integer> atTen = offered(product, stable);
		// 10,000 installations, each in with probability 0.1: 1,000 ± 30 (one standard
		// deviation); 850 to 1,150 is five of them.
		assertThat(atTen.size()).isBetween(850, 1150);
		assertThat(community.get(mvc, "/api/v1/products/" + product.slug() + "/updates?installation=device-"
				+ atTen.iterator().next() + "&current=2.0", null))
			.as("runs it already")
			.hasStatus(204);

		String rollout = "/api/v1/builds/" + stable + "/rollout";
		assertThat(community.putJson(mvc, rollout, community.fan(), "{\"percent\": 50}")).hasStatus(403);
		assertThat(community.putJson(mvc, rollout, staff, "{\"percent\": 50}")).hasStatus(200);
		Set<Integer> atFifty = offered(product, stable);
		assertThat(atFifty.size()).isBetween(4_800, 5_200);
		assertThat(atFifty).as("nobody in at 10 % is out at 50 %").containsAll(atTen);
		assertThat(community.putJson(mvc, rollout, staff, "{\"percent\": 20}")).as("only grows").hasStatus(409);

		assertThat(community.putJson(mvc, rollout, staff, "{\"halted\": true}")).as("halting needs a reason")
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("reason");
		assertThat(community.putJson(mvc, rollout, staff, """
				{"halted": true, "reason": "Battery drain on older phones."}""")).hasStatus(200);
		assertThat(offered(product, stable)).isEmpty();
		assertThat(community.get(mvc, "/api/v1/builds/" + stable, null)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.rollout.halted").isEqualTo(true);
			assertThat(json).extractingPath("$.rollout.reason").isEqualTo("Battery drain on older phones.");
			assertThat(json).extractingPath("$.rollout.history.length()").isEqualTo(3);
		});
		assertThat(community.putJson(mvc, rollout, staff, "{\"halted\": false}")).hasStatus(200);
		assertThat(offered(product, stable)).isEqualTo(atFifty);
		assertThat(community.putJson(mvc, "/api/v1/builds/" + beta.id() + "/rollout", staff, "{\"percent\": 60}"))
			.as("a beta does not roll out")
			.hasStatus(409);
	}

	@Test
	void staffMoveTheRolloutOnTheBuildPage() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		Build beta = community.liveBeta(product, staff, "4.0-beta.1");
		Build stable = builds.promote(beta.id(), new Promotion(null, null, null, 5), staff);
		String page = "/builds/" + stable.id();
		assertThat(mvc.get().uri(page)).bodyText()
			.contains("Offered to 5 % of installations")
			.doesNotContain("name=\"percent\"");
		assertThat(mvc.post()
			.uri(page + "/rollout")
			.param("percent", "25")
			.with(authentication(Community.session(staff)))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(mvc.post()
			.uri(page + "/rollout")
			.param("halted", "true")
			.param("reason", "Crashes on <b>old</b> phones.")
			.with(authentication(Community.session(staff)))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(mvc.get().uri(page).with(authentication(Community.session(staff)))).bodyText()
			.contains("Halted at 25 %: Crashes on &lt;b&gt;old&lt;/b&gt; phones.", "Resume the rollout", "5 %", "25 %");
		assertThat(mvc.post()
			.uri(page + "/rollout")
			.param("percent", "10")
			.with(authentication(Community.session(community.fan())))
			.with(csrf())).hasStatus(403);
	}

	@Test
	void theBetaChannelAnswersTestersOnly() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		Build beta = community.liveBeta(product, staff, "3.0-beta.1");
		String updates = "/api/v1/products/" + product.slug() + "/updates?channel=beta&installation=phone-1";
		assertThat(community.get(mvc, updates, null)).hasStatus(401);
		assertThat(community.get(mvc, updates, community.fan())).hasStatus(403);
		assertThat(community.get(mvc, updates, community.testerOf(product))).hasStatus(200)
			.bodyJson()
			.extractingPath("$.version")
			.isEqualTo("3.0-beta.1");
		assertThat(community.get(mvc, updates + "&current=3.0-beta.1", community.testerOf(product))).hasStatus(204);
		assertThat(community.get(mvc, "/api/v1/products/" + product.slug() + "/updates?channel=stable", null))
			.as("an installation id is needed")
			.hasStatus(400);
	}

	/** The installations (of device-0 to device-9999) the updater offers the build to. */
	private Set<Integer> offered(Product product, long buildId) {
		Set<Integer> offered = new TreeSet<>();
		IntStream.range(0, 10_000)
			.filter(i -> rollouts.offer(product.slug(), "stable", "device-" + i, null, null)
				.filter(offer -> offer.buildId() == buildId)
				.isPresent())
			.forEach(offered::add);
		return offered;
	}

}
