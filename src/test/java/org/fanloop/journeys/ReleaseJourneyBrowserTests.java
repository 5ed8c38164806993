package org.fanloop.journeys;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.fanloop.voting.VoteService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The loop closes in a browser: staff draft and publish a beta through the pages, and a
 * fan who voted finds the news in their inbox and follows it back to the post.
 */
@FanloopIntegrationTest
class ReleaseJourneyBrowserTests {

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Community community;

	@Autowired
	VoteService votes;

	@BeforeAll
	static void launchChromium() {
		chromium = new Chromium();
	}

	@AfterAll
	static void closeChromium() {
		chromium.close();
	}

	@Test
	void staffPublishABetaAndAVoterHearsAboutIt() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember fan = community.fan();
		Post idea = community.post(product, community.fan(), "idea", "Haptic feedback for the keyboard");
		votes.cast(idea.id(), fan);

		try (BrowserContext staffBrowser = chromium.visitor(port)) {
			Page page = staffBrowser.newPage();
			Chromium.logIn(page, staff.username(), Community.PASSWORD);
			page.navigate("/products/" + product.slug() + "/train");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Draft a build")).click();
			page.getByLabel("Version").fill("2.0-beta.1");
			page.getByLabel("Release notes").fill("The **haptics** beta.");
			page.getByText("Haptic feedback for the keyboard").click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();
			assertThat(page.locator("h1")).containsText("2.0-beta.1");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
			assertThat(page.locator("#gate")).containsText("No open blocker bugs.");
			assertThat(page.locator("#delivery")).containsText("members notified",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
		}

		try (BrowserContext fanBrowser = chromium.visitor(port)) {
			Page page = fanBrowser.newPage();
			Chromium.logIn(page, fan.username(), Community.PASSWORD);
			assertThat(page.locator(".inbox-link .nav-count")).hasText("1");
			page.locator(".inbox-link").click();
			assertThat(page.locator(".notification.unread")).containsText("Haptic feedback for the keyboard");
			page.locator(".notification a").first().click();
			assertThat(page).hasURL(Pattern.compile(".*/posts/" + idea.id() + "$"));
			assertThat(page.locator(".post-head .badge.status")).hasText("In beta");
			// The beta build itself is for testers; everybody sees how long the idea
			// took.
			assertThat(page.locator(".post-releases")).containsText("In beta");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mute")).click();
			assertThat(page.locator("#follow")).containsText("Muted");
			page.navigate("/me/notifications");
			assertThat(page.locator(".notification.unread")).hasCount(0);
		}
	}

}
