package org.fanloop.journeys;

import java.util.List;
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
import org.fanloop.releases.Build;
import org.fanloop.reports.GateService;
import org.fanloop.reports.GateThresholds;
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

	@Autowired
	GateService gates;

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

	@Test
	void aTestersReportOpensTheGateAndStaffPromote() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember tester = community.testerOf(product);
		Post idea = community.post(product, community.fan(), "idea", "Battery saver that learns my day");
		Build beta = community.liveBeta(product, staff, "3.0-beta.1", idea.id());
		gates.save(product.slug(), new GateThresholds(1, 3.0, 0.5), staff);

		try (BrowserContext staffBrowser = chromium.auditor(port)) {
			Page page = staffBrowser.newPage();
			Chromium.logIn(page, staff.username(), Community.PASSWORD);
			page.navigate("/builds/" + beta.id());
			assertThat(page.locator("#gate")).containsText("0 experience reports, 1 needed.");
			assertThat(page.locator("#gate")).containsText("The gate is closed.");
		}
		try (BrowserContext testerBrowser = chromium.auditor(port)) {
			Page page = testerBrowser.newPage();
			Chromium.logIn(page, tester.username(), Community.PASSWORD);
			page.navigate("/builds/" + beta.id());
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fill in your experience report"))
				.click();
			org.assertj.core.api.Assertions.assertThat(Axe.seriousViolations(page)).isEmpty();
			page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Battery saver that learns my day"))
				.getByLabel("Like", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
				.check();
			page.getByLabel("The best of them").selectOption(String.valueOf(idea.id()));
			page.getByLabel("4: good").check();
			page.getByLabel("Anything else").fill("Lasts a whole **day** now.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the report")).click();
			assertThat(page.locator("[role=status]")).containsText("your report is in");
			assertThat(page.locator("#reports")).containsText("1 report from 1 tester");
			org.assertj.core.api.Assertions.assertThat(Axe.seriousViolations(page)).isEmpty();

			// A screenshot on the report, through the real server's multipart parsing and
			// CSRF check.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Screenshots")).click();
			page.getByLabel("Add a screenshot to your report (up to 5)")
				.setInputFiles(
						new com.microsoft.playwright.options.FilePayload("battery.png", "image/png", screenshot()));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
			com.microsoft.playwright.Locator shot = page
				.getByAltText("Screenshot on " + tester.username() + "'s report on 3.0-beta.1");
			assertThat(shot).isVisible();
			org.assertj.core.api.Assertions
				.assertThat((Integer) shot.evaluate("img => img.decode().then(() => img.naturalWidth)"))
				.as("the image loads (decode() waits for it)")
				.isEqualTo(120);
			org.assertj.core.api.Assertions.assertThat(Axe.seriousViolations(page)).isEmpty();
		}
		try (BrowserContext staffBrowser = chromium.auditor(port)) {
			Page page = staffBrowser.newPage();
			Chromium.logIn(page, staff.username(), Community.PASSWORD);
			page.navigate("/builds/" + beta.id() + "/screenshots");
			assertThat(page.getByAltText("Screenshot on " + tester.username() + "'s report on 3.0-beta.1")).isVisible();
			page.navigate("/products/" + product.slug() + "/gate");
			org.assertj.core.api.Assertions.assertThat(Axe.seriousViolations(page)).isEmpty();
			page.navigate("/builds/" + beta.id());
			assertThat(page.locator("#gate")).containsText("The gate is open");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Promote to stable")).click();
			assertThat(page.locator("h1")).containsText("3.0");
			assertThat(page.locator("h1")).not().containsText("beta");
		}
	}

	private static byte[] screenshot() {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 80,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "png", out);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
