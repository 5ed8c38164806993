package org.fanloop.releases;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.products.Product;
import org.fanloop.voting.VoteService;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The release train's pages and its Atom feed.
 */
@FanloopIntegrationTest
class ReleasePagesIntegrationTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	BuildService builds;

	@Autowired
	VoteService votes;

	@Test
	void theAtomFeedListsStableReleasesCreditingTheAskers() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		Post idea = community.post(product, community.fan(), "idea", "Offline maps <for> hikers");
		for (int i = 0; i < 4; i++) {
			votes.cast(idea.id(), community.fan());
		}
		Build beta = builds.draft(product.slug(),
				new NewBuild("10.0-beta.1", "beta", "Maps & more.", List.of(idea.id())), staff);
		builds.publish(beta.id(), staff);
		builds.promote(beta.id(), Promotion.plain(), staff);

		var response = mvc.get().uri("/products/{slug}/changelog.atom", product.slug()).exchange();
		assertThat(response).hasStatusOk().contentType().isCompatibleWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder()
			.parse(new InputSource(new StringReader(response.getResponse().getContentAsString())));
		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		for (String required : List.of("id", "title", "updated")) {
			assertThat(root.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isPositive();
		}
		NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
		assertThat(entries.getLength()).as("only the stable release").isEqualTo(1);
		Element entry = (Element) entries.item(0);
		for (String required : List.of("id", "title", "updated", "author", "content")) {
			assertThat(entry.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isEqualTo(1);
		}
		String content = entry.getElementsByTagNameNS(ATOM, "content").item(0).getTextContent();
		assertThat(content).contains("Offline maps &lt;for&gt; hikers", "asked by " + idea.authorName(),
				"and 3 others");
	}

	@Test
	void theTrainBuildAndChangelogPagesShowWhatIsComing() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		Post idea = community.post(product, community.fan(), "idea", "Widgets on the lock screen");
		Build beta = builds.draft(product.slug(), new NewBuild("11.0-beta.1", "beta", "", List.of(idea.id())), staff);

		assertThat(mvc.get().uri("/products/{slug}/train", product.slug())).hasStatusOk()
			.bodyText()
			.contains("release train", "Next beta", "Next stable", "Beta builds every Friday")
			.doesNotContain("Draft a build");
		assertThat(
				mvc.get().uri("/products/{slug}/train", product.slug()).with(authentication(Community.session(staff))))
			.bodyText()
			.contains("Draft a build", "11.0-beta.1");
		assertThat(mvc.get().uri("/builds/{id}", beta.id()).with(authentication(Community.session(staff))))
			.hasStatusOk()
			.bodyText()
			.contains("Widgets on the lock screen", "Publish");
		assertThat(mvc.get().uri("/builds/{id}", beta.id())).hasStatus(404);

		assertThat(mvc.post()
			.uri("/builds/{id}/publish", beta.id())
			.with(authentication(Community.session(staff)))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/builds/{id}", beta.id()).with(authentication(Community.session(staff)))).bodyText()
			.contains("Promotion gate", "No open blocker bugs.", "Promote to stable", "Withdraw");
		SignedInMember tester = community.testerOf(product);
		assertThat(mvc.get().uri("/builds/{id}", beta.id()).with(authentication(Community.session(tester)))).bodyText()
			.contains("Report a bug in this build")
			.doesNotContain("Promote to stable");
		assertThat(mvc.get()
			.uri("/products/{slug}/changelog", product.slug())
			.with(authentication(Community.session(tester)))).bodyText().contains("11.0-beta.1");
		assertThat(mvc.get().uri("/products/{slug}/changelog", product.slug())).bodyText()
			.doesNotContain("11.0-beta.1");
	}

	@Test
	void staffDraftABuildThroughTheForm() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		Post idea = community.post(product, community.fan());
		assertThat(mvc.get().uri("/products/{slug}/builds/new", product.slug())).hasStatus3xxRedirection();
		assertThat(mvc.get()
			.uri("/products/{slug}/builds/new", product.slug())
			.with(authentication(Community.session(community.fan())))).hasStatus(403);
		assertThat(mvc.post()
			.uri("/products/{slug}/builds/new", product.slug())
			.param("version", "12.0")
			.param("channel", "beta")
			.param("notes", "Notes")
			.param("posts", String.valueOf(idea.id()))
			.with(authentication(Community.session(staff)))
			.with(csrf())).hasStatus3xxRedirection().redirectedUrl().matches("/builds/\\d+");
		assertThat(builds.list(product.slug(), staff, 10)).singleElement()
			.satisfies(build -> assertThat(builds.delivered(build.id())).extracting(DeliveredPost::postId)
				.containsExactly(idea.id()));
		assertThat(mvc.post()
			.uri("/products/{slug}/builds/new", product.slug())
			.param("version", "12.0")
			.param("channel", "beta")
			.with(authentication(Community.session(staff)))
			.with(csrf())).hasStatusOk().bodyText().contains("has a build 12.0 already");
		// The refused form was shown at an address a reload can GET.
		assertThat(mvc.get()
			.uri("/products/{slug}/builds/new", product.slug())
			.with(authentication(Community.session(staff)))).hasStatusOk();
		assertThat(mvc.post()
			.uri("/products/{slug}/builds/new", product.slug())
			.param("version", "12.1-rc1")
			.param("channel", "stable")
			.with(authentication(Community.session(staff)))
			.with(csrf())).hasStatusOk().bodyText().contains("must not carry a pre-release suffix");
	}

	@Test
	void aPublishedStableBuildShowsNoEmptyActionsAndProgressThatAgreesWithItself() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		Post idea = community.post(product, community.fan());
		Build beta = builds.draft(product.slug(), new NewBuild("13.0-beta.1", "beta", "", List.of(idea.id())), staff);
		builds.publish(beta.id(), staff);
		String betaPage = mvc.get()
			.uri("/builds/{id}", beta.id())
			.with(authentication(Community.session(staff)))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(betaPage).contains("Leave it empty to release 13.0", "placeholder=\"13.0\"");
		Build stable = builds.promote(beta.id(), Promotion.plain(), staff);
		assertThat(stable.version()).isEqualTo("13.0");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					mvc.get().uri("/builds/{id}", stable.id()).with(authentication(Community.session(staff))))
				.bodyText()
				.contains("1 member notified.")
				.doesNotContain("members notified", "<h2>Actions</h2>", "<progress"));
	}

	@Test
	void theBoardAndPostPagesLoadTheirLeadTimes() {
		Product product = community.product();
		Post idea = community.post(product, community.fan());
		assertThat(mvc.get().uri("/products/{slug}", product.slug())).bodyText()
			.contains("hx-get=\"/products/" + product.slug() + "/lead-time\"");
		assertThat(mvc.get().uri("/products/{slug}/lead-time", product.slug())).hasStatusOk()
			.bodyText()
			.contains("No stable release in the last 90 days.");
		assertThat(mvc.get().uri("/products/{slug}/train", product.slug())).bodyText()
			.contains("No post shipped to stable in the last 90 days, so there are no figures yet.");
		assertThat(mvc.get().uri("/posts/{id}", idea.id())).bodyText()
			.contains("hx-get=\"/posts/" + idea.id() + "/releases\"");
		assertThat(mvc.get().uri("/posts/{id}/releases", idea.id())).hasStatusOk();
	}

}
