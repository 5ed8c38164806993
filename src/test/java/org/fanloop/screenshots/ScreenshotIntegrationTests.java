package org.fanloop.screenshots;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.BugReport;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildService;
import org.fanloop.releases.Promotion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Screenshots: what is taken (PNG, JPEG, WebP by their bytes, within size), what leaves
 * (re-encoded pixels, no metadata), who sees them (who may see the build; a report's only
 * its tester and staff), and that they go with their post.
 */
@FanloopIntegrationTest
class ScreenshotIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	BuildService builds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ScreenshotSettings settings;

	Product product;

	SignedInMember staff;

	SignedInMember reporter;

	SignedInMember otherTester;

	SignedInMember fan;

	Build beta;

	@BeforeEach
	void aBetaWithTesters() {
		product = community.product();
		staff = community.staffOf(product);
		reporter = community.testerOf(product);
		otherTester = community.testerOf(product);
		fan = community.fan();
		beta = community.liveBeta(product, staff, "4.0-beta.1");
	}

	@Test
	void aBugsScreenshotLosesItsMetadataAndIsServedOnlyToThoseWhoSeeTheBuild() throws Exception {
		Post bug = builds.reportBug(beta.id(), new BugReport("The camera app crashes on launch", "", "major"),
				reporter);
		String uploads = "/api/v1/posts/" + bug.id() + "/screenshots";
		byte[] jpeg = TestImages.jpegWithExif(320, 200);
		assertThat(TestImages.contains(jpeg, TestImages.MARKER)).as("the fixture carries the marker").isTrue();
		assertThat(ImageIO.read(new ByteArrayInputStream(jpeg))).as("and is a JPEG all the same").isNotNull();

		MvcTestResult created = community.upload(mvc, uploads, reporter, jpeg, "IMG_0001.jpg", "image/jpeg");
		assertThat(created).hasStatus(201).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.contentType").isEqualTo("image/jpeg");
			assertThat(json).extractingPath("$.width").isEqualTo(320);
			assertThat(json).extractingPath("$.height").isEqualTo(200);
			assertThat(json).extractingPath("$.postId").isEqualTo((int) bug.id());
			assertThat(json).extractingPath("$.uploadedBy").isEqualTo(reporter.username());
		});
		long id = idOf(created);
		String image = "/api/v1/screenshots/" + id;

		MvcTestResult served = community.get(mvc, image, reporter);
		assertThat(served).hasStatus(200).hasContentType("image/jpeg");
		assertThat(served.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(served.getResponse().getHeader("Cache-Control")).contains("private");
		byte[] bytes = served.getResponse().getContentAsByteArray();
		assertThat(TestImages.contains(bytes, TestImages.MARKER)).as("no EXIF text").isFalse();
		assertThat(TestImages.contains(bytes, "Exif")).as("no EXIF block at all").isFalse();
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
		assertThat(decoded.getWidth()).isEqualTo(320);
		assertThat(decoded.getHeight()).isEqualTo(200);
		String file = jdbc.sql("select file_name from screenshots where id = ?").param(id).query(String.class).single();
		Path stored = settings.directory().resolve(file);
		assertThat(Files.readAllBytes(stored)).as("the file on disk is what is served").isEqualTo(bytes);

		// Who may see the build sees it; nobody else learns it exists.
		assertThat(community.get(mvc, image, otherTester)).hasStatus(200);
		assertThat(community.get(mvc, image, staff)).hasStatus(200);
		assertThat(community.get(mvc, image, fan)).hasStatus(404);
		assertThat(community.get(mvc, image, null)).hasStatus(404);
		assertThat(mvc.get().uri("/screenshots/" + id).with(authentication(Community.session(fan)))).hasStatus(404);
		assertThat(mvc.get().uri("/screenshots/" + id).with(authentication(Community.session(otherTester))))
			.hasStatus(200)
			.hasContentType("image/jpeg");
		assertThat(mvc.get().uri("/screenshots/" + id)).as("anonymous page request").hasStatus(404);
		assertThat(community.get(mvc, uploads, fan)).hasStatus(404);

		// Only the bug's reporter and staff add to it.
		assertThat(community.upload(mvc, uploads, otherTester, jpeg, "a.jpg", "image/jpeg")).hasStatus(403);
		assertThat(community.upload(mvc, uploads, fan, jpeg, "a.jpg", "image/jpeg")).hasStatus(404);

		// PNG keeps its pixels and loses its text; WebP becomes PNG.
		MvcTestResult png = community.upload(mvc, uploads, reporter, TestImages.pngWithText(100, 80), "shot.png",
				"image/png");
		assertThat(png).hasStatus(201).bodyJson().extractingPath("$.contentType").isEqualTo("image/png");
		byte[] pngServed = community.get(mvc, "/api/v1/screenshots/" + idOf(png), reporter)
			.getResponse()
			.getContentAsByteArray();
		assertThat(TestImages.contains(pngServed, TestImages.MARKER)).isFalse();
		assertThat(ImageIO.read(new ByteArrayInputStream(pngServed)).getRGB(50, 40))
			.as("the white square in the middle survives")
			.isEqualTo(0xFFFFFFFF);
		byte[] webp = new ClassPathResource("screenshots/gradient.webp").getContentAsByteArray();
		assertThat(community.upload(mvc, uploads, staff, webp, "phone.webp", "image/webp")).hasStatus(201)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.contentType").isEqualTo("image/png");
				assertThat(json).extractingPath("$.width").isEqualTo(64);
				assertThat(json).extractingPath("$.height").isEqualTo(48);
			});

		// Bad files are refused by what they are, not what they claim.
		assertRefused(uploads, "Just text, named like a picture.".getBytes(), "fake.png", "image/png",
				"is not a PNG, JPEG or WebP image");
		assertRefused(uploads, java.util.Arrays.copyOf(TestImages.pngWithText(100, 80), 60), "cut.png", "image/png",
				"could not be read as a PNG image");
		assertRefused(uploads, TestImages.pngClaiming(30_000, 30_000), "bomb.png", "image/png",
				"is 30000 × 30000 pixels");
		assertRefused(uploads, new byte[0], "empty.png", "image/png", "is empty");
		byte[] tooBig = new byte[5 * 1024 * 1024 + 300_000];
		System.arraycopy(jpeg, 0, tooBig, 0, jpeg.length);
		assertRefused(uploads, tooBig, "big.jpg", "image/jpeg", "is 5.3 MB, at most 5.0 MB");
		assertThat(mvc.post().uri(uploads).headers(community.bearer(reporter)).multipart()).as("no file part")
			.hasStatus(400);

		// Five at most.
		community.upload(mvc, uploads, reporter, TestImages.write(TestImages.picture(10, 10), "png"), "4.png",
				"image/png");
		community.upload(mvc, uploads, reporter, TestImages.write(TestImages.picture(10, 10), "png"), "5.png",
				"image/png");
		assertThat(community.get(mvc, uploads, otherTester)).bodyJson().extractingPath("$.length()").isEqualTo(5);
		assertThat(community.upload(mvc, uploads, reporter, jpeg, "6.jpg", "image/jpeg")).hasStatus(409);

		// The bug's page shows them; a post that is no bug takes none.
		assertThat(mvc.get().uri("/posts/" + bug.id()).with(authentication(Community.session(otherTester)))).bodyText()
			.contains("/screenshots/" + id, "Screenshot 1 of 5");
		Post idea = community.post(product, reporter);
		assertThat(community.upload(mvc, "/api/v1/posts/" + idea.id() + "/screenshots", reporter, jpeg, "a.jpg",
				"image/jpeg"))
			.hasStatus(409);

		// Its author deleting it keeps the images (the post keeps its row for staff);
		// staff deleting it for good deletes its images, rows and files.
		assertThat(mvc.delete().uri("/api/v1/posts/" + bug.id()).headers(community.bearer(reporter))).hasStatus(204);
		assertThat(Files.exists(stored)).isTrue();
		assertThat(mvc.delete().uri("/api/v1/posts/" + bug.id()).headers(community.bearer(staff))).hasStatus(204);
		assertThat(Files.exists(stored)).isFalse();
		assertThat(jdbc.sql("select count(*) from screenshots where post_id = ?")
			.param(bug.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(community.get(mvc, image, staff)).hasStatus(404);
	}

	@Test
	void aReportsScreenshotsAreItsTestersAndStaffsOnly() throws Exception {
		String mine = "/api/v1/builds/" + beta.id() + "/reports/mine/screenshots";
		byte[] png = TestImages.write(TestImages.picture(40, 30), "png");
		assertThat(community.upload(mvc, mine, reporter, png, "a.png", "image/png")).as("no report yet").hasStatus(404);
		assertThat(community.postJson(mvc, "/api/v1/builds/" + beta.id() + "/reports", reporter, """
				{"score": 3, "comment": "The battery drains."}""")).hasStatus(201);
		MvcTestResult created = community.upload(mvc, mine, reporter, png, "a.png", "image/png");
		assertThat(created).hasStatus(201).bodyJson().extractingPath("$.reporter").isEqualTo(reporter.username());
		String image = "/api/v1/screenshots/" + idOf(created);
		assertThat(community.get(mvc, image, reporter)).hasStatus(200);
		assertThat(community.get(mvc, image, staff)).hasStatus(200);
		assertThat(community.get(mvc, image, otherTester)).as("another tester's report").hasStatus(404);
		assertThat(community.get(mvc, mine, reporter)).bodyJson().extractingPath("$.length()").isEqualTo(1);
		assertThat(community.get(mvc, "/api/v1/builds/" + beta.id() + "/screenshots", staff)).bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(1);
		assertThat(community.get(mvc, "/api/v1/builds/" + beta.id() + "/screenshots", otherTester)).bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(0);
		assertThat(community.get(mvc, "/api/v1/builds/" + beta.id() + "/screenshots", fan)).hasStatus(404);

		// The page form works the same way, with the session and a CSRF token.
		assertThat(mvc.post()
			.uri("/builds/" + beta.id() + "/screenshots")
			.multipart()
			.file(new MockMultipartFile("file", "b.png", "image/png", png))
			.with(authentication(Community.session(reporter)))).as("without a CSRF token").hasStatus(403);
		assertThat(mvc.post()
			.uri("/builds/" + beta.id() + "/screenshots")
			.multipart()
			.file(new MockMultipartFile("file", "b.png", "image/png", png))
			.with(authentication(Community.session(reporter)))
			.with(csrf())).hasStatus(302).hasRedirectedUrl("/builds/" + beta.id() + "/screenshots");
		assertThat(mvc.get()
			.uri("/builds/" + beta.id() + "/screenshots")
			.with(authentication(Community.session(reporter)))).bodyText()
			.contains("alt=\"Screenshot on " + reporter.username() + "&#39;s report on 4.0-beta.1\"");
		assertThat(mvc.post()
			.uri("/builds/" + beta.id() + "/screenshots")
			.multipart()
			.file(new MockMultipartFile("file", "c.png", "image/png", "not an image".getBytes()))
			.with(authentication(Community.session(reporter)))
			.with(csrf())).hasStatus(302)
			.flash()
			.containsEntry("screenshotError", "The file is not a PNG, JPEG or WebP image.");

		// Once promoted, the report and its screenshots are closed.
		builds.promote(beta.id(), new Promotion(null, null, null, null), staff);
		assertThat(community.upload(mvc, mine, reporter, png, "late.png", "image/png")).hasStatus(409);
		assertThat(community.get(mvc, image, reporter)).as("still there to see").hasStatus(200);
	}

	@Test
	void thePostAPageDeletesIsGoneWithItsVotesButABuildsPostsStay() {
		Post idea = community.post(product, community.fan());
		SignedInMember voter = community.fan();
		assertThat(mvc.put().uri("/api/v1/posts/" + idea.id() + "/vote").headers(community.bearer(voter)))
			.hasStatus2xxSuccessful();
		Post duplicate = community.post(product, community.fan());
		jdbc.sql("update posts set merged_into = ?, status = 'merged' where id = ?")
			.params(idea.id(), duplicate.id())
			.update();
		assertThat(mvc.delete().uri("/api/v1/posts/" + idea.id()).headers(community.bearer(staff)))
			.as("a duplicate points to it")
			.hasStatus(409);
		jdbc.sql("delete from posts where id = ?").param(duplicate.id()).update();

		assertThat(mvc.post()
			.uri("/posts/" + idea.id() + "/delete")
			.with(authentication(Community.session(fan)))
			.with(csrf())).hasStatus(403);
		assertThat(mvc.post()
			.uri("/posts/" + idea.id() + "/delete")
			.with(authentication(Community.session(staff)))
			.with(csrf())).hasStatus(302).hasRedirectedUrl("/products/" + product.slug());
		assertThat(community.get(mvc, "/api/v1/posts/" + idea.id(), null)).hasStatus(404);
		assertThat(jdbc.sql("select count(*) from votes where post_id = ?").param(idea.id()).query(Long.class).single())
			.isZero();

		Post delivered = community.post(product, community.fan());
		community.liveBeta(product, staff, "4.0-beta.2", delivered.id());
		assertThat(mvc.delete().uri("/api/v1/posts/" + delivered.id()).headers(community.bearer(staff))).hasStatus(409)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("4.0-beta.2");
	}

	private void assertRefused(String uri, byte[] bytes, String name, String type, String message) {
		assertThat(community.upload(mvc, uri, reporter, bytes, name, type)).as(name)
			.hasStatus(400)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.errors[0].field").isEqualTo("file");
				assertThat(json).extractingPath("$.errors[0].message").asString().contains(message);
			});
	}

	private static long idOf(MvcTestResult result) throws Exception {
		String body = result.getResponse().getContentAsString();
		return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));
	}

}
