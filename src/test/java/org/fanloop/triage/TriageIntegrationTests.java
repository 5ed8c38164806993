package org.fanloop.triage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostKind;
import org.fanloop.posts.PostService;
import org.fanloop.products.Product;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Triage: staff labels (through the API and the page's one click) train the classifiers,
 * which then suggest a new post's kind and product with a confidence; only staff see and
 * answer suggestions, only admins retrain.
 */
@FanloopIntegrationTest
class TriageIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	TriageService triage;

	@Autowired
	PostService posts;

	@Test
	void labelsTrainTheClassifiersWhichSuggestKindAndProduct() {
		Product camera = community.product();
		Product maps = community.product();
		SignedInMember staff = community.admin();
		String[] crashes = { "The app crashes on start", "Crash when I open settings", "It freezes and crashes",
				"Crashes after the update", "Black screen then crash", "The camera crashes taking photos" };
		String[] wishes = { "Please add offline maps", "Add a dark theme please", "Please add route sharing",
				"Add hiking trails please", "Please add a satellite view", "Add saved places please" };
		for (int i = 0; i < crashes.length; i++) {
			label(community.post(camera, community.fan(), "idea", crashes[i]), "bug", null, staff);
			label(community.post(camera, community.fan(), "question", wishes[i]), "idea", maps.slug(), staff);
		}
		assertThat(triage.retrain().examples()).isGreaterThanOrEqualTo(12);

		Post crash = community.post(camera, community.fan(), "idea", "It crashes when the camera starts");
		await().atMost(Duration.ofSeconds(10)).until(() -> triage.suggestion(crash.id(), staff).isPresent());
		Suggestion suggestion = triage.suggestion(crash.id(), staff).orElseThrow();
		assertThat(suggestion.kind()).isEqualTo(PostKind.BUG);
		assertThat(suggestion.kindConfidence()).isBetween(0.34, 1.0);
		Post wish = community.post(camera, community.fan(), "idea", "Please add offline trails");
		await().atMost(Duration.ofSeconds(10)).until(() -> triage.suggestion(wish.id(), staff).isPresent());
		assertThat(triage.suggestion(wish.id(), staff).orElseThrow().product()).isEqualTo(maps.slug());

		// Staff see it on the page and answer with one click; members see nothing of it.
		assertThat(mvc.get().uri("/posts/" + crash.id()).with(authentication(Community.session(staff)))).bodyText()
			.contains("id=\"triage\"", "Looks like: Bug");
		assertThat(mvc.get().uri("/posts/" + crash.id()).with(authentication(Community.session(community.fan()))))
			.bodyText()
			.doesNotContain("id=\"triage\"");
		assertThat(mvc.post()
			.uri("/posts/" + crash.id() + "/triage")
			.param("kind", "bug")
			.with(csrf())
			.with(authentication(Community.session(staff)))).hasStatus3xxRedirection();
		assertThat(posts.get(crash.id(), null).kind()).isEqualTo(PostKind.BUG);
		assertThat(community.get(mvc, "/api/v1/posts/" + crash.id() + "/triage", staff)).bodyJson()
			.extractingPath("$.labelledKind")
			.isEqualTo("bug");
	}

	@Test
	void onlyStaffAnswerAndOnlyAdminsRetrain() {
		Product product = community.product();
		Post post = community.post(product, community.fan(), "idea", "Something about batteries");
		SignedInMember fan = community.fan();
		assertThat(community.get(mvc, "/api/v1/posts/" + post.id() + "/triage", fan)).hasStatus(403);
		assertThat(community.putJson(mvc, "/api/v1/posts/" + post.id() + "/triage", fan, "{\"kind\": \"bug\"}"))
			.hasStatus(403);
		assertThat(community.putJson(mvc, "/api/v1/posts/" + post.id() + "/triage", community.staffOf(product),
				"{\"kind\": \"feature\"}"))
			.hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(community.putJson(mvc, "/api/v1/posts/" + post.id() + "/triage", community.staffOf(product),
				"{\"kind\": \"question\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.kind")
			.isEqualTo("question");
		assertThat(community.postJson(mvc, "/api/v1/admin/triage/retrain", fan, "")).hasStatus(403);
		assertThat(community.postJson(mvc, "/api/v1/admin/triage/retrain", community.admin(), "")).hasStatus(202);
		assertThat(community.get(mvc, "/api/v1/admin/triage", community.admin())).hasStatusOk();
		assertThat(community.get(mvc, "/api/v1/admin/triage", fan)).hasStatus(403);
	}

	@Test
	void staffConfirmingTheSameSuggestionAtOnceLeaveOneLabel() throws Exception {
		Product product = community.product();
		Post post = community.post(product, community.fan(), "idea", "Confirmed by everybody at once");
		List<SignedInMember> staff = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			staff.add(community.staffOf(product));
		}
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> confirmations = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(staff.size())) {
			for (SignedInMember member : staff) {
				confirmations.add(threads.submit(() -> {
					go.await();
					label(post, "idea", product.slug(), member);
					return null;
				}));
			}
			go.countDown();
			for (Future<?> confirmation : confirmations) {
				confirmation.get(); // none fails on the other's insert
			}
		}
		assertThat(jdbc.sql("select count(*) from triage_labels where post_id = :post")
			.param("post", post.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private void label(Post post, String kind, String product, SignedInMember staff) {
		triage.correct(post.id(), new Correction(kind, product), staff);
	}

}
