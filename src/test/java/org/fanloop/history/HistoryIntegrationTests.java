package org.fanloop.history;

import java.util.List;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.notifications.NotificationService;
import org.fanloop.posts.NewComment;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostService;
import org.fanloop.posts.StatusUpdate;
import org.fanloop.products.Product;
import org.fanloop.voting.VoteService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A member's history: the posts they voted on, commented on and follow, with statuses,
 * paged by cursor; votes and follows only for the member and staff unless the member
 * makes votes public; generated avatars.
 */
@FanloopIntegrationTest
class HistoryIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	PostService posts;

	@Autowired
	VoteService votes;

	@Autowired
	NotificationService notifications;

	@Test
	void aMemberSeesWhatHappenedToThePostsTheySupportedNewestFirstPageByPage() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember author = community.fan();
		SignedInMember fan = community.fan();
		Post first = community.post(product, author);
		Post second = community.post(product, author);
		Post third = community.post(product, author);
		votes.cast(first.id(), fan);
		votes.cast(second.id(), fan);
		votes.cast(third.id(), fan);
		posts.changeStatus(first.id(), new StatusUpdate("planned", "In the next train."), staff);
		posts.comment(second.id(), new NewComment("Me too, **please**."), fan);
		notifications.follow(third.id(), true, fan);

		MvcTestResult page = community.get(mvc, "/api/v1/me/votes?limit=2", fan);
		assertThat(page).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].post.id")
			.asArray()
			.containsExactly((int) third.id(), (int) second.id());
		String cursor = page.getResponse().getContentAsString().replaceAll(".*\"nextCursor\":\"([^\"]+)\".*", "$1");
		assertThat(community.get(mvc, "/api/v1/me/votes?limit=2&cursor=" + cursor, fan)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.items[*].post.id").asArray().containsExactly((int) first.id());
			assertThat(json).extractingPath("$.items[0].post.status").isEqualTo("planned");
			assertThat(json).extractingPath("$.nextCursor").isNull();
		});
		assertThat(community.get(mvc, "/api/v1/me/votes?cursor=not-a-cursor", fan)).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("cursor");
		assertThat(community.get(mvc, "/api/v1/me/comments", fan)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.items[*].post.id").asArray().containsExactly((int) second.id());
			assertThat(json).extractingPath("$.items[0].comment").isEqualTo("Me too, **please**.");
		});
		assertThat(community.get(mvc, "/api/v1/me/follows", fan)).bodyJson()
			.extractingPath("$.items[*].post.id")
			.asArray()
			.containsExactly((int) third.id());

		assertThat(mvc.get().uri("/members/" + fan.username()).with(authentication(Community.session(fan))))
			.hasStatusOk()
			.bodyText()
			.contains("Voted on", "Commented on", "Following", first.title(), "Planned", "Make my votes public");
	}

	@Test
	void votesAndFollowsAreTheMembersAndStaffsUnlessTheMemberMakesVotesPublic() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember fan = community.fan();
		SignedInMember neighbour = community.fan();
		Post post = community.post(product, staff);
		votes.cast(post.id(), fan);
		notifications.follow(post.id(), true, fan);
		posts.comment(post.id(), new NewComment("Public words."), fan);
		String votesOfFan = "/api/v1/members/" + fan.username() + "/history/votes";
		String followsOfFan = "/api/v1/members/" + fan.username() + "/history/follows";

		assertThat(community.get(mvc, "/api/v1/members/" + fan.username(), null)).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.votes").isNull();
				assertThat(json).extractingPath("$.votesPublic").isEqualTo(false);
				assertThat(json).extractingPath("$.comments[0].comment").isEqualTo("Public words.");
				assertThat(json).extractingPath("$.avatar").isEqualTo("/members/" + fan.username() + "/avatar.svg");
			});
		assertThat(community.get(mvc, votesOfFan, neighbour)).hasStatus(404);
		assertThat(community.get(mvc, votesOfFan, null)).hasStatus(404);
		assertThat(community.get(mvc, votesOfFan, staff)).hasStatusOk();
		assertThat(community.get(mvc, followsOfFan, staff)).hasStatusOk();
		assertThat(community.get(mvc, "/api/v1/members/" + fan.username() + "/history/comments", null)).hasStatusOk();
		assertThat(mvc.get().uri("/members/" + fan.username()).with(authentication(Community.session(neighbour))))
			.bodyText()
			.doesNotContain("Voted on", "Following")
			.contains("Commented on");

		assertThat(community.putJson(mvc, "/api/v1/me/history", fan, "{\"votesPublic\": \"maybe\"}")).hasStatus(400);
		assertThat(community.putJson(mvc, "/api/v1/me/history", fan, "{\"votesPublic\": true}")).hasStatusOk();
		assertThat(community.get(mvc, "/api/v1/members/" + fan.username(), null)).bodyJson()
			.extractingPath("$.votes[0].post.id")
			.asNumber()
			.isEqualTo((int) post.id());
		assertThat(community.get(mvc, votesOfFan, neighbour)).hasStatusOk();
		assertThat(community.get(mvc, followsOfFan, neighbour)).as("follows stay private").hasStatus(404);

		// The page's switch turns it back.
		assertThat(mvc.post()
			.uri("/me/history")
			.param("votesPublic", "false")
			.with(authentication(Community.session(fan)))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(community.get(mvc, votesOfFan, neighbour)).hasStatus(404);
		assertThat(mvc.get().uri("/members/" + fan.username() + "/history/votes")).hasStatus(404);
		assertThat(mvc.get().uri("/members/" + fan.username() + "/history/comments")).hasStatusOk()
			.bodyText()
			.contains("Public words.", post.title());
	}

	@Test
	void everyMemberHasAnAvatarDrawnFromTheirName() throws Exception {
		MvcTestResult alice = mvc.get().uri("/members/alice/avatar.svg").exchange();
		assertThat(alice).hasStatusOk().hasContentType("image/svg+xml");
		assertThat(alice.getResponse().getHeader("Cache-Control")).contains("max-age=604800");
		String drawn = alice.getResponse().getContentAsString();
		assertThat(drawn).startsWith("<svg").endsWith("</svg>");
		assertThat(mvc.get().uri("/members/ALICE/avatar.svg").exchange().getResponse().getContentAsString())
			.isEqualTo(drawn);
		List<String> others = List.of("bob", "carol", "dave")
			.stream()
			.map(name -> mvc.get().uri("/members/" + name + "/avatar.svg").exchange())
			.map(result -> {
				try {
					return result.getResponse().getContentAsString();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			})
			.toList();
		assertThat(others).doesNotContain(drawn).doesNotHaveDuplicates();
	}

}
