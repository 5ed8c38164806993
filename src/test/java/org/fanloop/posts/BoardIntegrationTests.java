package org.fanloop.posts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.fanloop.voting.VoteService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product's board: its three orders, its filters and its cursor pages. Votes move the
 * sort keys in the transaction that writes them, so a board read right after shows them.
 */
@FanloopIntegrationTest
class BoardIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	PostService posts;

	@Autowired
	VoteService votes;

	@Test
	void ordersByTopTrendingAndNew() throws Exception {
		Product product = community.product();
		SignedInMember author = community.fan();
		Instant now = Instant.now();
		// Three weeks old with 10 votes: log2(11) - 3 = 0.46. New with 3 votes: log2(4) =
		// 2.
		// New with only its author's vote: log2(2) = 1.
		long old = imported(product, author, "Old and popular", now.minus(Duration.ofDays(21)));
		long fresh = imported(product, author, "Fresh and liked", now);
		long newest = imported(product, author, "Newest, no votes yet", now);
		voteMany(old, 9);
		voteMany(fresh, 2);

		assertThat(board(product, "top", null)).containsExactly(old, fresh, newest);
		assertThat(board(product, "trending", null)).containsExactly(fresh, newest, old);
		assertThat(board(product, "new", null)).containsExactly(newest, fresh, old);
		assertThat(mvc.get().uri("/api/v1/products/{slug}/posts?sort=top", product.slug())).bodyJson()
			.extractingPath("$.items[*].voteCount")
			.asArray()
			.containsExactly(10, 3, 1);
	}

	@Test
	void filtersByStatusAndKind() throws Exception {
		Product product = community.product();
		SignedInMember author = community.fan();
		SignedInMember staff = community.staffOf(product);
		long idea = community.post(product, author, "idea", "An idea to plan").id();
		long bug = community.post(product, author, "bug", "A bug that stays open").id();
		long question = community.post(product, author, "question", "A question to plan").id();
		posts.changeStatus(idea, new StatusUpdate("planned", "Yes."), staff);
		posts.changeStatus(question, new StatusUpdate("planned", "Answering in the release."), staff);

		assertThat(board(product, "new", "status=planned")).containsExactly(question, idea);
		assertThat(board(product, "new", "kind=bug")).containsExactly(bug);
		assertThat(board(product, "new", "status=planned&kind=idea")).containsExactly(idea);
		assertThat(board(product, "new", "status=declined")).isEmpty();
	}

	@Test
	void pagesWithACursorThatHoldsWhileVotesAndPostsArrive() throws Exception {
		Product product = community.product();
		SignedInMember author = community.fan();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			long id = community.post(product, author, "idea", "Idea number " + i).id();
			voteMany(id, 6 - i);
			ids.add(id);
		}
		assertThat(board(product, "top", "limit=7")).containsExactlyElementsOf(ids);

		var first = page(product, null);
		assertThat(ids(first)).containsExactlyElementsOf(ids.subList(0, 3));

		// Meanwhile: the posts already seen gain votes and a new post arrives at the
		// bottom.
		voteMany(ids.get(1), 5);
		voteMany(ids.get(2), 5);
		long latecomer = community.post(product, author, "idea", "A late idea").id();
		assertThat(board(product, "top", "limit=8").getFirst()).isEqualTo(ids.get(1));

		var second = page(product, cursor(first));
		assertThat(ids(second)).containsExactlyElementsOf(ids.subList(3, 6));
		var third = page(product, cursor(second));
		// Both have one vote (their author's); ties list the newer post first.
		assertThat(ids(third)).containsExactly(latecomer, ids.get(6));
		assertThat(cursor(third)).isNull();
	}

	@Test
	void refusesUnknownOrdersFiltersAndCursors() throws Exception {
		Product product = community.product();
		for (String query : List.of("sort=best", "status=done", "kind=wish", "cursor=garbage", "limit=x")) {
			assertThat(mvc.get().uri("/api/v1/products/" + product.slug() + "/posts?" + query)).hasStatus(400)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		assertThat(mvc.get().uri("/api/v1/products/no-such-product/posts")).hasStatus(404);
	}

	@Test
	void capsAPageAtAHundredPosts() throws Exception {
		Product product = community.product();
		SignedInMember author = community.fan();
		IntStream.range(0, 101).forEach(i -> community.post(product, author, "bug", "Bug report " + i));
		assertThat(mvc.get().uri("/api/v1/products/{slug}/posts?limit=500", product.slug())).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.items").asArray().hasSize(100);
				assertThat(json).extractingPath("$.nextCursor").isNotNull();
			});
	}

	private long imported(Product product, SignedInMember author, String title, Instant createdAt) {
		return posts.importPost(product.id(), new NewPost("idea", title, ""),
				new org.fanloop.accounts.MemberProfile(author.id(), author.username(), false, createdAt), createdAt);
	}

	private void voteMany(long postId, int voters) {
		for (int i = 0; i < voters; i++) {
			votes.cast(postId, community.fan());
		}
	}

	private List<Long> board(Product product, String sort, String filters) throws Exception {
		String query = "sort=" + sort + ((filters != null) ? "&" + filters : "");
		MvcTestResult response = mvc.get().uri("/api/v1/products/" + product.slug() + "/posts?" + query).exchange();
		assertThat(response).hasStatus(200);
		return ids(response);
	}

	private MvcTestResult page(Product product, String cursor) {
		return mvc.get()
			.uri("/api/v1/products/{slug}/posts?sort=top&limit=3" + ((cursor != null) ? "&cursor=" + cursor : ""),
					product.slug())
			.exchange();
	}

	private static List<Long> ids(MvcTestResult response) throws Exception {
		List<Number> ids = JsonPath.read(response.getResponse().getContentAsString(), "$.items[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	private static String cursor(MvcTestResult response) throws Exception {
		return JsonPath.read(response.getResponse().getContentAsString(), "$.nextCursor");
	}

}
