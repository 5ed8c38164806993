package org.fanloop.posts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.fanloop.voting.VoteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Merging a duplicate into the post it repeats: voters move once each, the merged post
 * leads to its target (API and page), its comments stay readable there, an undo restores
 * each post's own voters exactly, the refused merges are 409s, and counts stay exact
 * while votes pour in on both posts during the merge and its undo.
 */
@FanloopIntegrationTest
class MergeIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	PostService posts;

	@Autowired
	VoteService votes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.fanloop.releases.BuildService builds;

	Product product;

	SignedInMember staff;

	@BeforeEach
	void aProduct() {
		product = community.product();
		staff = community.staffOf(product);
	}

	@Test
	void votersMoveOnceAndAnUndoRestoresEachPostsOwnVoters() {
		SignedInMember alice = community.fan();
		SignedInMember bob = community.fan();
		SignedInMember both = community.fan();
		SignedInMember onlyDuplicate = community.fan();
		Post original = community.post(product, bob, "idea", "Dark mode everywhere");
		Post duplicate = community.post(product, alice, "idea", "Please add a dark theme");
		votes.cast(duplicate.id(), both);
		votes.cast(original.id(), both);
		votes.cast(duplicate.id(), onlyDuplicate);
		posts.comment(duplicate.id(), new NewComment("At night it <b>hurts</b>"), onlyDuplicate);

		assertThat(community.postJson(mvc, "/api/v1/posts/" + duplicate.id() + "/merge", staff, """
				{"into": %d, "note": "Same as the dark mode post"}""".formatted(original.id()))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.mergedInto")
			.asNumber()
			.isEqualTo((int) original.id());
		assertThat(voters(original.id())).containsExactlyInAnyOrder(bob.id(), both.id(), alice.id(),
				onlyDuplicate.id());
		assertThat(count(original.id())).isEqualTo(4);
		assertThat(posts.get(duplicate.id(), null).status()).isEqualTo(PostStatus.MERGED);
		assertThat(mvc.put().uri("/api/v1/posts/" + duplicate.id() + "/vote").headers(community.bearer(bob)))
			.hasStatus(409);
		assertThat(mvc.get().uri("/posts/" + duplicate.id())).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/posts/" + original.id() + "#merged-" + duplicate.id());
		assertThat(mvc.get().uri("/posts/" + original.id())).hasStatusOk()
			.bodyText()
			.contains("Please add a dark theme", "At night it &lt;b&gt;hurts&lt;/b&gt;");

		assertThat(mvc.delete().uri("/api/v1/posts/" + duplicate.id() + "/merge").headers(community.bearer(staff)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("open");
		assertThat(voters(original.id())).containsExactlyInAnyOrder(bob.id(), both.id());
		assertThat(voters(duplicate.id())).containsExactlyInAnyOrder(alice.id(), both.id(), onlyDuplicate.id());
		assertThat(count(original.id())).isEqualTo(2);
		assertThat(count(duplicate.id())).isEqualTo(3);
		assertThat(posts.get(duplicate.id(), null).mergedInto()).isNull();
	}

	@Test
	void aCarriedVoterWhoWithdrawsAndVotesAgainKeepsTheirVoteThroughAnUndo() {
		SignedInMember fan = community.fan();
		Post original = community.post(product, community.fan(), "idea", "Offline maps");
		Post duplicate = community.post(product, fan, "idea", "Maps without a network");
		posts.merge(duplicate.id(), new Merge(original.id(), ""), staff);
		votes.withdraw(original.id(), fan);
		votes.cast(original.id(), fan);
		posts.unmerge(duplicate.id(), staff);
		assertThat(voters(original.id())).contains(fan.id());
		assertThat(voters(duplicate.id())).contains(fan.id());
		assertThat(count(original.id())).isEqualTo(voters(original.id()).size());
	}

	@Test
	void aVoterBroughtByTwoMergedPostsStaysWhenOneMergeIsUndone() {
		SignedInMember fan = community.fan();
		Post original = community.post(product, community.fan(), "idea", "Widgets");
		Post first = community.post(product, fan, "idea", "Home screen widgets");
		Post second = community.post(product, community.fan(), "idea", "Widgets on the home screen");
		votes.cast(second.id(), fan);
		posts.merge(first.id(), new Merge(original.id(), ""), staff);
		posts.merge(second.id(), new Merge(original.id(), ""), staff);
		posts.unmerge(first.id(), staff);
		assertThat(voters(original.id())).contains(fan.id());
		posts.unmerge(second.id(), staff);
		assertThat(voters(original.id())).doesNotContain(fan.id());
		assertThat(count(original.id())).isEqualTo(1);
	}

	@Test
	void aBuildThatDeliversAMergedPostCreditsEverybodyWhoAskedForItsTarget() {
		SignedInMember asker = community.fan();
		Post original = community.post(product, community.fan(), "idea", "Lock screen widgets");
		Post duplicate = community.post(product, asker, "idea", "Widgets when locked");
		votes.cast(original.id(), community.fan());
		org.fanloop.releases.Build beta = builds.draft(product.slug(),
				new org.fanloop.releases.NewBuild("7.0-beta.1", "beta", "", List.of(duplicate.id())), staff);
		posts.merge(duplicate.id(), new Merge(original.id(), ""), staff);
		builds.publish(beta.id(), staff);
		assertThat(builds.delivered(beta.id())).singleElement()
			.satisfies(delivered -> assertThat(delivered.askers()).isEqualTo(3));
	}

	@Test
	void refusedMergesAre409sAndOnlyStaffMerge() {
		Post a = community.post(product, community.fan(), "idea", "Battery saver");
		Post b = community.post(product, community.fan(), "idea", "Save the battery");
		Post c = community.post(product, community.fan(), "idea", "Longer battery life");
		Post elsewhere = community.post(community.product(), community.fan(), "idea", "Battery saver");
		String uri = "/api/v1/posts/" + a.id() + "/merge";
		assertThat(community.postJson(mvc, uri, community.fan(), "{\"into\": " + b.id() + "}")).hasStatus(403);
		assertThat(community.postJson(mvc, uri, staff, "{\"into\": " + a.id() + "}")).hasStatus(409)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(community.postJson(mvc, uri, staff, "{\"into\": " + elsewhere.id() + "}")).hasStatus(409);
		assertThat(community.postJson(mvc, uri, staff, "{\"into\": 999999999}")).hasStatus(404);
		assertThat(community.postJson(mvc, uri, staff, "{}")).hasStatus(400);
		assertThat(community.postJson(mvc, uri, staff, "{\"into\": " + b.id() + "}")).hasStatusOk();
		// Into a merged post, again, and back into itself through b: a cycle.
		assertThat(community.postJson(mvc, "/api/v1/posts/" + c.id() + "/merge", staff, "{\"into\": " + a.id() + "}"))
			.hasStatus(409);
		assertThat(community.postJson(mvc, uri, staff, "{\"into\": " + c.id() + "}")).hasStatus(409);
		assertThat(community.postJson(mvc, "/api/v1/posts/" + b.id() + "/merge", staff, "{\"into\": " + a.id() + "}"))
			.hasStatus(409);
		assertThat(mvc.delete().uri("/api/v1/posts/" + b.id() + "/merge").headers(community.bearer(staff)))
			.hasStatus(409);
		assertThat(mvc.delete().uri("/api/v1/posts/" + a.id() + "/merge").headers(community.bearer(community.fan())))
			.hasStatus(403);
	}

	@Test
	void staffMergeAndUndoFromThePages() {
		Post original = community.post(product, community.fan(), "idea", "Split screen");
		Post duplicate = community.post(product, community.fan(), "idea", "Two apps side by side");
		assertThat(mvc.post()
			.uri("/posts/" + duplicate.id() + "/merge")
			.param("into", "https://fanloop.example/posts/" + original.id())
			.param("note", "Same idea")
			.with(csrf())
			.with(authentication(Community.session(staff)))).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/posts/" + original.id() + "#merged-" + duplicate.id());
		assertThat(mvc.get().uri("/posts/" + original.id()).with(authentication(Community.session(staff))))
			.hasStatusOk()
			.bodyText()
			.contains("Two apps side by side", "/posts/" + duplicate.id() + "/unmerge");
		assertThat(mvc.post()
			.uri("/posts/" + original.id() + "/merge")
			.param("into", "not a post")
			.with(csrf())
			.with(authentication(Community.session(staff)))).hasStatus3xxRedirection();
		assertThat(mvc.post()
			.uri("/posts/" + duplicate.id() + "/unmerge")
			.with(csrf())
			.with(authentication(Community.session(staff)))).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/posts/" + duplicate.id());
		assertThat(posts.get(duplicate.id(), null).status()).isEqualTo(PostStatus.OPEN);
	}

	/**
	 * Members vote for both posts from many threads while staff merge one into the other
	 * and then undo it: every acknowledged vote counts exactly once throughout, and the
	 * undo gives each post back exactly its own voters.
	 */
	@Test
	void countsStayExactUnderConcurrentVotesDuringAMergeAndItsUndo() throws Exception {
		Post original = community.post(product, community.fan(), "idea", "Faster start-up");
		Post duplicate = community.post(product, community.fan(), "idea", "Start up faster");
		List<SignedInMember> fans = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			fans.add(community.fan());
		}
		Set<Long> ownOriginal = ConcurrentHashMap.newKeySet();
		Set<Long> ownDuplicate = ConcurrentHashMap.newKeySet();
		ownOriginal.addAll(voters(original.id()));
		ownDuplicate.addAll(voters(duplicate.id()));
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
			List<Future<?>> work = new ArrayList<>();
			for (int i = 0; i < fans.size(); i++) {
				SignedInMember fan = fans.get(i);
				boolean onBoth = i % 3 == 0;
				work.add(pool.submit(() -> {
					start.await();
					votes.cast(original.id(), fan);
					ownOriginal.add(fan.id());
					return null;
				}));
				if (i % 2 == 0 || onBoth) {
					work.add(pool.submit(() -> {
						start.await();
						try {
							votes.cast(duplicate.id(), fan);
							ownDuplicate.add(fan.id());
						}
						catch (PostConflict merged) {
							// Refused once merged: not acknowledged, so not counted.
						}
						return null;
					}));
				}
			}
			work.add(pool.submit(() -> {
				start.await();
				Thread.sleep(5);
				posts.merge(duplicate.id(), new Merge(original.id(), ""), staff);
				return null;
			}));
			start.countDown();
			for (Future<?> done : work) {
				done.get();
			}
		}
		Set<Long> union = new HashSet<>(ownOriginal);
		union.addAll(ownDuplicate);
		assertThat(new HashSet<>(voters(original.id()))).isEqualTo(union);
		assertThat(count(original.id())).isEqualTo(union.size());

		posts.unmerge(duplicate.id(), staff);
		assertThat(new HashSet<>(voters(original.id()))).isEqualTo(ownOriginal);
		assertThat(new HashSet<>(voters(duplicate.id()))).isEqualTo(ownDuplicate);
		assertThat(count(original.id())).isEqualTo(ownOriginal.size());
		assertThat(count(duplicate.id())).isEqualTo(ownDuplicate.size());
	}

	private List<Long> voters(long postId) {
		return jdbc.sql("select member_id from votes where post_id = :id").param("id", postId).query(Long.class).list();
	}

	private long count(long postId) {
		return posts.get(postId, null).voteCount();
	}

}
