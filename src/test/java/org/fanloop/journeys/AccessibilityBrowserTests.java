package org.fanloop.journeys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.BugReport;
import org.fanloop.posts.Merge;
import org.fanloop.posts.NewComment;
import org.fanloop.posts.Post;
import org.fanloop.posts.StatusUpdate;
import org.fanloop.posts.PostService;
import org.fanloop.products.Product;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildService;
import org.fanloop.releases.NewBuild;
import org.fanloop.releases.Promotion;
import org.fanloop.testers.InvitationService;
import org.fanloop.testers.NewInvitation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every page a member meets passes axe-core with no serious or critical violation, for a
 * visitor, a fan and staff; and what fell apart at 390 px wide holds together.
 */
@FanloopIntegrationTest
class AccessibilityBrowserTests {

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Community community;

	@Autowired
	org.fanloop.screenshots.ScreenshotService screenshots;

	@Autowired
	org.fanloop.sessions.SessionService sessions;

	@Autowired
	BuildService builds;

	@Autowired
	PostService posts;

	@Autowired
	InvitationService invitations;

	@BeforeAll
	static void launchChromium() {
		chromium = new Chromium();
	}

	@AfterAll
	static void closeChromium() {
		chromium.close();
	}

	@Test
	void thePagesPassAxeCore() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember fan = community.fan();
		Post idea = community.post(product, fan, "idea", "Dark mode for the lock screen");
		community.post(product, community.fan(), "bug", "The camera freezes in portrait mode");
		posts.changeStatus(idea.id(), new StatusUpdate("planned", "Coming in June."), staff);
		// A tester who does nothing with the beta: the staff's programme page lists them
		// as
		// inactive, with the prune button.
		community.testerOf(product);
		Build beta = builds.draft(product.slug(),
				new NewBuild("3.0-beta.1", "beta", "The **dark** beta.", List.of(idea.id())), staff);
		builds.publish(beta.id(), staff);

		String join = invitations.create(product.slug(), new NewInvitation(null, null, true, null), staff).link();
		// A bug with a screenshot: its page shows the gallery, the build's screenshots
		// page
		// lists it.
		Post bug = builds.reportBug(beta.id(), new BugReport("The torch stays on after locking", "", "minor"), staff);
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(60, 40, java.awt.image.BufferedImage.TYPE_INT_RGB),
				"png", png);
		screenshots.addToBug(bug.id(), png.toByteArray(), staff);
		// A review session with a post to discuss and an invitee.
		org.fanloop.sessions.ReviewSession session = sessions.create(product.slug(),
				new org.fanloop.sessions.NewSession("Camera night mode", "2027-02-01T17:00", "Europe/Berlin", 60,
						"https://meet.example.com/camera", 5, List.of(idea.id())),
				staff);
		sessions.invite(session.id(), List.of(fan.username()), staff);
		// A duplicate merged into the idea: its page lists it, with its comments and the
		// staff's undo.
		Post duplicate = community.post(product, community.fan(), "idea", "A darker lock screen, please");
		posts.comment(duplicate.id(), new NewComment("Same here at night."), fan);
		posts.merge(duplicate.id(), new Merge(idea.id(), "Same idea."), staff);

		List<String> violations = new ArrayList<>();
		try (BrowserContext visitor = chromium.auditor(port)) {
			Page page = visitor.newPage();
			for (String path : List.of("/", "/products/" + product.slug(), "/posts/" + idea.id(), join,
					"/products/" + product.slug() + "/train", "/products/" + product.slug() + "/changelog",
					"/products/" + product.slug() + "/beta", "/login", "/signup", "/claim/not-a-valid-link", "/search",
					"/search?q=dark&sort=votes", "/forgot-password", "/reset-password/not-a-valid-link",
					"/verify-email/some-link", "/products/" + product.slug() + "/roadmap")) {
				page.navigate(path);
				violations.addAll(Axe.seriousViolations(page));
			}
		}
		// The same pages for a reader whose browser asks for Chinese.
		try (BrowserContext chinese = chromium.auditorIn(port, "zh-CN")) {
			Page page = chinese.newPage();
			for (String path : List.of("/", "/products/" + product.slug(), "/posts/" + idea.id(), "/login", "/signup",
					"/forgot-password", "/products/" + product.slug() + "/roadmap", "/search?q=dark")) {
				page.navigate(path);
				assertThat(page.locator("html").getAttribute("lang")).as(path).isEqualTo("zh-CN");
				violations.addAll(Axe.seriousViolations(page));
			}
		}
		try (BrowserContext member = chromium.auditor(port)) {
			Page page = member.newPage();
			Chromium.logIn(page, fan.username(), Community.PASSWORD);
			await().atMost(Duration.ofSeconds(20)).until(() -> {
				page.navigate("/me/notifications");
				return page.locator(".notification").count() > 0;
			});
			violations.addAll(Axe.seriousViolations(page));
			for (String path : List.of("/products/" + product.slug() + "/posts/new", "/posts/" + idea.id(),
					"/products/" + product.slug(), "/sessions/" + session.id(), "/members/" + fan.username())) {
				page.navigate(path);
				violations.addAll(Axe.seriousViolations(page));
			}
			// The new-post form with the similar posts it shows as the title is typed.
			page.navigate("/products/" + product.slug() + "/posts/new");
			await().atMost(Duration.ofSeconds(20)).until(() -> {
				page.locator("#title").fill("");
				page.locator("#title")
					.pressSequentially(idea.title(), new Locator.PressSequentiallyOptions().setDelay(5));
				page.waitForTimeout(800);
				return page.locator("#similar .card").count() > 0;
			});
			violations.addAll(Axe.seriousViolations(page));
			// The page the "Check for similar posts" button (for browsers without
			// JavaScript) posts the form to.
			page.navigate("/products/" + product.slug() + "/posts/new");
			page.locator("#title").fill(idea.title());
			page.locator("button[formaction$='/similar']").click();
			page.waitForURL("**/similar");
			assertThat(page.locator(".card").count()).as("similar posts shown").isPositive();
			violations.addAll(Axe.seriousViolations(page));
		}
		try (BrowserContext team = chromium.auditor(port)) {
			Page page = team.newPage();
			Chromium.logIn(page, staff.username(), Community.PASSWORD);
			for (String path : List.of("/builds/" + beta.id(), "/products/" + product.slug() + "/train",
					"/posts/" + idea.id(), "/products/" + product.slug() + "/builds/new",
					"/products/" + product.slug() + "/gate", "/products/" + product.slug() + "/beta",
					"/posts/" + bug.id(), "/builds/" + beta.id() + "/screenshots",
					"/products/" + product.slug() + "/queue", "/products/" + product.slug() + "/team",
					"/products/" + product.slug() + "/sessions", "/sessions/" + session.id(),
					"/members/" + fan.username() + "/reputation", "/products/" + product.slug() + "/feedback",
					"/products/" + product.slug() + "/beta-requirement", "/products/" + product.slug() + "/moderation",
					"/posts/" + idea.id() + "/edit")) {
				page.navigate(path);
				violations.addAll(Axe.seriousViolations(page));
			}
			// A stable build in a staged rollout, with its history and the staff's forms.
			Build stable = builds.promote(beta.id(), new Promotion(null, null, null, 10), staff);
			page.navigate("/builds/" + stable.id());
			violations.addAll(Axe.seriousViolations(page));
		}
		try (BrowserContext admin = chromium.auditor(port)) {
			// The admin pages, the product's name and description form included.
			Page page = admin.newPage();
			Chromium.logIn(page, community.admin().username(), Community.ADMIN_PASSWORD);
			for (String path : List.of("/admin", "/admin/products/" + product.slug(), "/admin/sso")) {
				page.navigate(path);
				assertThat(page.url()).as("signed in as admin").endsWith(path);
				violations.addAll(Axe.seriousViolations(page));
			}
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void theInboxAndTheChangelogHoldTogetherOnAPhone() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember fan = community.fan();
		Post idea = community.post(product, fan, "idea", "Widgets on the lock screen, resizable");
		Build beta = community.liveBeta(product, staff, "4.0-beta.1", idea.id());
		builds.promote(beta.id(), Promotion.plain(), staff);

		try (BrowserContext phone = chromium.phone(port)) {
			Page page = phone.newPage();
			Chromium.logIn(page, fan.username(), Community.PASSWORD);
			await().atMost(Duration.ofSeconds(20)).until(() -> {
				page.navigate("/me/notifications");
				return page.locator(".notification").count() >= 2;
			});
			double line = lineHeight(page.locator("body"));
			Locator markAll = page.getByText("Mark all read");
			assertThat(markAll.boundingBox().height).as("'Mark all read' on one line").isLessThan(line * 2.6);
			assertThat(lines(markAll)).isEqualTo(1);
			for (Locator time : page.locator(".notification time").all()) {
				assertThat(lines(time)).as(time.textContent()).isEqualTo(1);
			}

			page.navigate("/products/" + product.slug() + "/changelog");
			Locator card = page.locator("article.panel").first();
			Locator heading = card.locator("h2");
			double gap = heading.boundingBox().y - card.boundingBox().y;
			assertThat(gap).as("space above the version heading in px").isLessThan(28);
		}
	}

	@Test
	void searchHoldsTogetherOnAPhone() {
		Product product = community.product();
		String word = Community.unique("lanternfish");
		community.post(product, community.fan(), "idea", "Night mode for the " + word + " camera",
				"Photos of the " + word + " at night come out black.");

		try (BrowserContext phone = chromium.phone(port)) {
			Page page = phone.newPage();
			page.navigate("/products/" + product.slug());
			page.locator("#site-search").fill(word);
			page.locator("#site-search").press("Enter");
			page.waitForURL("**/search?q=" + word);
			await().atMost(Duration.ofSeconds(20)).until(() -> {
				page.reload();
				return page.locator("#results .card").count() == 1;
			});
			assertThat(page.locator("#results .snippet mark").first().textContent()).startsWith("lanternfish");
			Object width = page.evaluate("document.documentElement.scrollWidth");
			assertThat(((Number) width).intValue()).as("page width at 390 px").isLessThanOrEqualTo(390);
			assertThat(page.locator("#site-search").boundingBox().width).isGreaterThan(200);
		}
	}

	@Test
	void aVisitorWhoVotesSignsInAndFindsTheVoteCastOnThePageTheyLeft() {
		Product product = community.product();
		Post idea = community.post(product, community.fan(), "idea", "Offline maps for hiking");
		SignedInMember fan = community.fan();
		try (BrowserContext visitor = chromium.visitor(port)) {
			Page page = visitor.newPage();
			page.navigate("/products/" + product.slug() + "?sort=new");
			page.locator("#vote-" + idea.id()).click();
			assertThat(page).hasURL(Pattern.compile(".*/login\\?vote=" + idea.id() + "$"));
			page.getByLabel("Username").fill(fan.username());
			page.getByLabel("Password").fill(Community.PASSWORD);
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Log in"))
				.click();
			assertThat(page).hasURL(Pattern.compile(".*/products/" + product.slug() + "\\?sort=new#vote-" + idea.id()));
			assertThat(page.locator("#vote-" + idea.id())).hasAttribute("aria-pressed", "true");
			assertThat(page.locator("#vote-" + idea.id() + " .count")).hasText("2");
		}
	}

	private static double lineHeight(Locator element) {
		return ((Number) element.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)")).doubleValue();
	}

	/** How many lines of text the element's text takes. */
	private static int lines(Locator element) {
		return ((Number) element.evaluate("""
				e => { const r = document.createRange(); r.selectNodeContents(e);
				       const tops = new Set([...r.getClientRects()].map(c => Math.round(c.top)));
				       return tops.size; }""")).intValue();
	}

}
