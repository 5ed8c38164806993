package org.fanloop.journeys;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The community loop in a real browser (Debian's chromium): a fan signs up, posts, votes
 * and comments without a page reload; staff answer and plan it; the board fits a phone.
 */
@FanloopIntegrationTest
class CommunityJourneyBrowserTests {

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Community community;

	BrowserContext context;

	Page page;

	@BeforeAll
	static void launchChromium() {
		chromium = new Chromium();
	}

	@AfterAll
	static void closeChromium() {
		chromium.close();
	}

	@BeforeEach
	void openAPage() {
		context = chromium.visitor(port);
		page = context.newPage();
	}

	@AfterEach
	void closeThePage() {
		context.close();
	}

	@Test
	void aFanSignsUpPostsVotesAndCommentsWithoutReloading() {
		Product product = community.product();
		String username = Community.unique("browser-fan");

		page.navigate("/");
		page.getByText(product.name()).first().click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New post")).click();
		assertThat(page).hasURL(Pattern.compile(".*/login$"));
		page.getByText("No account yet? Sign up").click();
		page.getByLabel("Username").fill(username);
		page.getByLabel("Email").fill(username + "@example.test");
		page.getByLabel("Password").fill("browser-password");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
		assertThat(page.locator(".topnav .me")).hasText(username);

		page.navigate("/products/" + product.slug() + "/posts/new");
		page.getByText("Bug", new Page.GetByTextOptions().setExact(true)).click();
		page.getByLabel("Title").fill("The camera freezes in portrait mode");
		page.getByLabel("Details").fill("Steps:\n\n1. Open the camera\n2. Switch to **portrait** twice");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("The camera freezes in portrait mode");
		assertThat(page.locator(".prose strong").first()).hasText("portrait");
		assertThat(page.locator(".post-head .badge").first()).hasText("Bug");

		page.evaluate("window.stillTheSamePage = true");
		Locator vote = page.locator(".post-head .vote");
		assertThat(vote).hasAttribute("aria-pressed", "true");
		assertThat(vote.locator(".count")).hasText("1");
		vote.click();
		assertThat(page.locator(".post-head .vote")).hasAttribute("aria-pressed", "false");
		assertThat(page.locator(".post-head .vote .count")).hasText("0");
		page.locator(".post-head .vote").click();
		assertThat(page.locator(".post-head .vote .count")).hasText("1");

		page.getByLabel("Add a comment").fill("Happens on my old phone too.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comment")).click();
		assertThat(page.locator(".comment")).hasCount(1);
		assertThat(page.locator(".comment .prose")).hasText("Happens on my old phone too.");
		assertThat(page.getByLabel("Add a comment")).hasValue("");
		assertThat(page.locator("#comments h2")).hasText("1 comment");
		assertThat(page.evaluate("window.stillTheSamePage === true")).isEqualTo(true);
	}

	@Test
	void staffAnswerAndPlanAPostAndEverybodySeesTheTimeline() {
		Product product = community.product();
		Post post = community.post(product, community.fan(), "idea", "Lock screen widgets for timers");
		SignedInMember staff = community.staffOf(product);

		Chromium.logIn(page, staff.username(), Community.PASSWORD);
		page.navigate("/posts/" + post.id());

		page.getByLabel("Add a comment").fill("Great idea, we're designing it now.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comment")).click();
		assertThat(page.locator(".comment.official .badge.official")).hasText("Official answer");

		page.getByLabel("New status").selectOption("planned");
		page.getByLabel("Public note").fill("Planned for the **June** release.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Update status")).click();
		assertThat(page.locator(".post-head .badge.status")).hasText("Planned");

		BrowserContext visitor = chromium.visitor(port);
		Page anonymous = visitor.newPage();
		anonymous.navigate("/posts/" + post.id());
		assertThat(anonymous.locator(".timeline li").last()).containsText(staff.username() + " moved it to Planned");
		assertThat(anonymous.locator(".timeline .note strong")).hasText("June");
		assertThat(anonymous.getByText("Change the status")).hasCount(0);
		anonymous.locator(".post-head .vote").click();
		assertThat(anonymous).hasURL(Pattern.compile(".*/login\\?vote=" + post.id() + "$"));
		visitor.close();
	}

	@Test
	void theBoardFitsAPhoneAndLoadsMoreInPlace() {
		Product product = community.product();
		SignedInMember author = community.fan();
		for (int i = 0; i < 25; i++) {
			community.post(product, author, "idea",
					"A rather long idea title that has to wrap on a phone, number " + i);
		}
		BrowserContext phone = chromium.phone(port);
		Page board = phone.newPage();
		board.navigate("/products/" + product.slug() + "?sort=new");
		assertThat(board.locator(".card")).hasCount(20);
		Object overflow = board.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
		board.getByText("Load more").click();
		assertThat(board.locator(".card")).hasCount(25);
		assertThat(board.getByText("Load more")).hasCount(0);
		board.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "board-phone.png")));
		phone.close();
	}

}
