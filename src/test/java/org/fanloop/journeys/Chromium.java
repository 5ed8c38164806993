package org.fanloop.journeys;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * Debian's chromium driven by Playwright, as the browser journeys use it: no browser
 * download, no sandbox (root in CI), no background traffic.
 */
final class Chromium implements AutoCloseable {

	private final Playwright playwright;

	private final Browser browser;

	Chromium() {
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--no-first-run")));
	}

	/** A fresh browser profile (no cookies) against the server on this port. */
	BrowserContext visitor(int port) {
		return browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port));
	}

	/**
	 * For axe-core: its script is injected into pages whose CSP allows only their own.
	 */
	BrowserContext auditor(int port) {
		return browser
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port).setBypassCSP(true));
	}

	/** An auditor whose browser asks for this language ({@code zh-CN}). */
	BrowserContext auditorIn(int port, String locale) {
		return browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setBypassCSP(true)
			.setLocale(locale));
	}

	BrowserContext phone(int port) {
		return browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true));
	}

	/** Logs in through the login page. */
	static void logIn(Page page, String username, String password) {
		page.navigate("/login");
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		page.waitForURL("**/");
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}

}
