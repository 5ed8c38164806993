package org.fanloop.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.web.Words;
import org.fanloop.webhooks.NewWebhook;
import org.fanloop.webhooks.WebhookCreated;
import org.fanloop.webhooks.WebhookService;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.NewComment;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostService;
import org.fanloop.posts.StatusUpdate;
import org.fanloop.products.Product;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildPublished;
import org.fanloop.releases.BuildService;
import org.fanloop.releases.NewBuild;
import org.fanloop.voting.VoteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.awaitility.Awaitility.await;

/**
 * Closing the loop: who hears about what, once, in the inbox, by email and by webhook.
 */
@FanloopIntegrationTest
class NotificationsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	PostService posts;

	@Autowired
	VoteService votes;

	@Autowired
	BuildService builds;

	@Autowired
	NotificationService notifications;

	@Autowired
	WebhookService webhooks;

	@Autowired
	Announcements announcements;

	@Autowired
	UnsubscribeLinks unsubscribeLinks;

	@Autowired
	Fanout fanout;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications stored;

	@Autowired
	InboxRetention retention;

	WebhookReceiver receiver;

	WebhookCreated webhook;

	@BeforeEach
	void aWebhookReceiver() throws Exception {
		receiver = new WebhookReceiver();
		webhook = webhooks.register(new NewWebhook(receiver.url(), "a-secret-of-the-tests"), community.admin());
	}

	@AfterEach
	void removeTheReceiver() {
		webhooks.remove(webhook.webhook().id(), community.admin());
		receiver.close();
	}

	@Test
	void aPublishedBetaTellsEveryoneWhoAskedOnceByInboxEmailAndWebhook() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember author = community.fan();
		Post first = community.post(product, author, "idea", "Timers on the lock screen");
		Post second = community.post(product, community.fan(), "idea", "A calendar widget");
		List<SignedInMember> voters = IntStream.range(0, 120).mapToObj(i -> community.fan()).toList();
		voters.forEach(voter -> votes.cast(first.id(), voter));
		voters.subList(0, 40).forEach(voter -> votes.cast(second.id(), voter));
		SignedInMember commenter = community.fan();
		posts.comment(second.id(), new NewComment("Yes please"), commenter);
		List<SignedInMember> emailed = voters.subList(0, 5);
		emailed.forEach(voter -> notifications.savePreferences(voter, new Preferences(false, false, true)));

		Build beta = builds.draft(product.slug(),
				new NewBuild("1.0-beta", "beta", "", List.of(first.id(), second.id())), staff);
		Build published = builds.publish(beta.id(), staff);

		String key = "build:" + beta.id();
		long audience = voters.size() + 2 /* the authors */ + 1 /* the commenter */;
		await().atMost(Duration.ofSeconds(30)).until(() -> notified(key) == audience);
		assertThat(builds.details(beta.id(), staff, null).posts()).hasSize(2);
		for (SignedInMember member : List.of(author, commenter, voters.getFirst(), voters.getLast())) {
			assertThat(notifications.inbox(member, null).items()).filteredOn(n -> n.buildId() != null)
				.singleElement()
				.satisfies(n -> {
					assertThat(n.kind()).isEqualTo(NotificationKind.BETA);
					assertThat(n.title()).contains(product.name(), "1.0-beta");
				});
		}
		assertThat(notifications.inbox(staff, null).items()).as("the publisher").isEmpty();

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailsTo(emailed)).hasSize(5));
		MimeMessage mail = mailsTo(emailed).getFirst();
		assertThat(mail.getSubject()).contains("1.0-beta");
		assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/unsubscribe?token=");
		assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(mailsTo(voters.subList(5, 10))).as("not opted in").isEmpty();

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.received()).anySatisfy(hook -> {
			assertThat(hook.event()).isEqualTo("build.published");
			assertThat(hook.body()).contains("\"version\":\"1.0-beta\"", "\"channel\":\"beta\"");
			assertThat(hook.signedWith("a-secret-of-the-tests")).isTrue();
			assertThat(hook.signedWith("another-secret-entirely")).isFalse();
		}));
		assertThat(receiver.received()).anySatisfy(hook -> {
			assertThat(hook.event()).isEqualTo("post.status_changed");
			assertThat(hook.body()).contains("\"to\":\"in_beta\"", "\"buildId\":" + beta.id());
		});

		// The registry delivering the event again: called on the listener itself, so it
		// has run
		// when the call returns, and the fan-out is drained here before looking.
		Announcements listener = AopTestUtils.getUltimateTargetObject(announcements);
		listener.on(new BuildPublished(beta.id(), product.id(), beta.channel(), beta.version(), staff.id(),
				Objects.requireNonNull(published.publishedAt())));
		while (fanout.step()) {
			// drain
		}
		assertThat(jdbc.sql("select count(*) from fanouts where dedupe_key = :key")
			.param("key", key)
			.query(Long.class)
			.single()).as("one fan-out job per build").isEqualTo(1);
		assertThat(notified(key)).as("a redelivered event changes nothing").isEqualTo(audience);
	}

	@Test
	void theInboxPagesThroughNewsInTheOrderItHappenedWhicheverArrivedFirst() {
		SignedInMember member = community.fan();
		Instant start = Instant.now().minus(Duration.ofDays(30));
		// Arrival (id) order differs from the order of the changes, and some share a
		// time.
		List<Integer> hours = IntStream.range(0, 70).map(i -> (i * 37) % 50).boxed().toList();
		stored.insert(IntStream.range(0, hours.size())
			.mapToObj(i -> new Notifications.NewNotification(member.id(), "test:" + i, NotificationKind.STATUS,
					Words.message("notification.text", "News " + i), null, "/", null, null,
					start.plus(Duration.ofHours(hours.get(i))), false))
			.toList());

		List<Notification> seen = new ArrayList<>();
		String cursor = null;
		do {
			Inbox page = notifications.inbox(member, cursor);
			seen.addAll(page.items());
			cursor = page.nextCursor();
		}
		while (cursor != null);

		assertThat(seen).hasSize(hours.size());
		assertThat(seen).extracting(Notification::id).doesNotHaveDuplicates();
		assertThat(seen).isSortedAccordingTo(
				Comparator.comparing(Notification::createdAt).thenComparing(Notification::id).reversed());
	}

	@Test
	void newsSpeaksTheReadersLanguageInTheInboxAndTheRecipientsByEmail() throws Exception {
		Product product = community.product();
		Post post = community.post(product, community.fan(), "idea", "Dark mode for the camera");
		SignedInMember chinese = community.fan();
		SignedInMember english = community.fan();
		for (SignedInMember member : List.of(chinese, english)) {
			votes.cast(post.id(), member);
			notifications.savePreferences(member, new Preferences(true, false, false));
		}
		// The footer's switch keeps the choice with the account.
		assertThat(mvc.get().uri("/language?set=zh-CN").with(authentication(Community.session(chinese))))
			.hasStatus3xxRedirection();

		posts.changeStatus(post.id(), new StatusUpdate("planned", "Next sprint"), community.staffOf(product));

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(mailsTo(List.of(chinese, english))).hasSize(2));
		MimeMessage toChinese = mailsTo(List.of(chinese)).getFirst();
		assertThat(toChinese.getSubject()).isEqualTo("“Dark mode for the camera”的状态已变为“已计划”");
		assertThat(org.fanloop.Mails.text(toChinese)).contains("退订所有 Fanloop 邮件");
		MimeMessage toEnglish = mailsTo(List.of(english)).getFirst();
		assertThat(toEnglish.getSubject()).isEqualTo("“Dark mode for the camera” is now Planned");
		assertThat(org.fanloop.Mails.text(toEnglish)).contains("Unsubscribe from all Fanloop emails");

		// The inbox follows the language it is read in, whoever reads.
		assertThat(mvc.get()
			.uri("/api/v1/me/notifications")
			.headers(community.bearer(english))
			.header("Accept-Language", "zh-CN")).bodyJson()
			.extractingPath("$.items[0].title")
			.isEqualTo("“Dark mode for the camera”的状态已变为“已计划”");
		assertThat(mvc.get().uri("/api/v1/me/notifications").headers(community.bearer(english))).bodyJson()
			.extractingPath("$.items[0].title")
			.isEqualTo("“Dark mode for the camera” is now Planned");
	}

	@Test
	void retentionDeletesOldReadNotificationsAndVeryOldUnreadOnes() {
		SignedInMember member = community.fan();
		Instant now = Instant.now();
		Map<String, Duration> ages = Map.of("recent-read", Duration.ofDays(10), "old-read", Duration.ofDays(100),
				"old-unread", Duration.ofDays(100), "ancient-unread", Duration.ofDays(400));
		stored.insert(ages.entrySet()
			.stream()
			.map(age -> new Notifications.NewNotification(member.id(), "test:" + age.getKey(), NotificationKind.STATUS,
					Words.message("notification.text", age.getKey()), null, "/", null, null, now.minus(age.getValue()),
					false))
			.toList());
		List<Long> read = notifications.inbox(member, null)
			.items()
			.stream()
			.filter(n -> n.title().endsWith("-read"))
			.map(Notification::id)
			.toList();
		stored.markRead(member.id(), read, now);

		retention.round();

		assertThat(notifications.inbox(member, null).items()).extracting(Notification::title)
			.containsExactlyInAnyOrder("recent-read", "old-unread");
	}

	@Test
	void aMembersFirstFollowAndPreferencesMadeTwiceAtOnceBothSucceed() throws Exception {
		Post post = community.post(community.product(), community.fan());
		List<SignedInMember> members = IntStream.range(0, 40).mapToObj(i -> community.fan()).toList();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
			for (SignedInMember member : members) {
				for (int twice = 0; twice < 2; twice++) {
					done.add(threads.submit(() -> {
						start.await();
						notifications.follow(post.id(), true, member);
						notifications.savePreferences(member, new Preferences(true, false, true));
						return null;
					}));
				}
			}
			start.countDown();
			for (Future<?> call : done) {
				call.get();
			}
		}
		for (SignedInMember member : members) {
			assertThat(notifications.followState(post.id(), member).following()).isTrue();
			assertThat(notifications.preferences(member)).isEqualTo(new Preferences(true, false, true));
		}
	}

	@Test
	void staffAnswersAndStatusChangesReachFollowersButNotTheMutedNorTheActor() {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember author = community.fan();
		Post post = community.post(product, author);
		SignedInMember follower = community.fan();
		SignedInMember muted = community.fan();
		votes.cast(post.id(), muted);
		notifications.follow(post.id(), true, follower);
		notifications.follow(post.id(), false, muted);

		posts.comment(post.id(), new NewComment("We're looking into it."), staff);
		posts.comment(post.id(), new NewComment("A fan's comment is no news."), community.fan());
		posts.changeStatus(post.id(), new StatusUpdate("planned", "Next month."), staff);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(notifications.inbox(follower, null).items()).hasSize(2));
		assertThat(notifications.inbox(follower, null).items()).extracting(Notification::kind)
			.containsExactly(NotificationKind.STATUS, NotificationKind.ANSWER);
		assertThat(notifications.inbox(follower, null).items().getFirst().title()).contains("Planned");
		assertThat(notifications.inbox(author, null).items()).hasSize(2);
		assertThat(notifications.inbox(muted, null).items()).isEmpty();
		assertThat(notifications.inbox(staff, null).items()).isEmpty();
	}

	@Test
	void theInboxCountsUnreadAndMarksRead() throws Exception {
		Product product = community.product();
		SignedInMember staff = community.staffOf(product);
		SignedInMember author = community.fan();
		Post post = community.post(product, author);
		for (String status : List.of("under_review", "planned", "declined")) {
			posts.changeStatus(post.id(), new StatusUpdate(status, "Because."), staff);
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> notifications.unread(author) == 3);
		assertThat(community.get(mvc, "/api/v1/me/notifications", author)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.unread").isEqualTo(3);
			assertThat(json).extractingPath("$.items[0].kind").isEqualTo("status");
			assertThat(json).extractingPath("$.items[0].link").isEqualTo("/posts/" + post.id());
		});
		long newest = notifications.inbox(author, null).items().getFirst().id();
		assertThat(community.postJson(mvc, "/api/v1/me/notifications/read", author, """
				{"ids": [%d]}""".formatted(newest))).bodyJson().extractingPath("$.unread").isEqualTo(2);
		assertThat(community.postJson(mvc, "/api/v1/me/notifications/read", community.fan(), """
				{"ids": [%d]}""".formatted(newest))).bodyJson().extractingPath("$.marked").isEqualTo(0);
		assertThat(community.postJson(mvc, "/api/v1/me/notifications/read", author, "")).bodyJson()
			.extractingPath("$.unread")
			.isEqualTo(0);
		assertThat(community.get(mvc, "/api/v1/me/notifications?cursor=abc", author)).hasStatus(400);
		assertThat(mvc.get().uri("/api/v1/me/notifications")).hasStatus(401);
	}

	@Test
	void preferencesAreOptInAndOneClickUnsubscribeTurnsThemOff() {
		SignedInMember fan = community.fan();
		assertThat(community.get(mvc, "/api/v1/me/preferences", fan)).bodyJson()
			.extractingPath("$.emailOnReleases")
			.isEqualTo(false);
		assertThat(community.putJson(mvc, "/api/v1/me/preferences", fan, """
				{"emailOnStatus": true, "emailOnAnswers": true, "emailOnReleases": true}""")).hasStatus(200);
		assertThat(community.putJson(mvc, "/api/v1/me/preferences", fan, """
				{"emailOnStatus": true}""")).hasStatus(400);

		assertThat(mvc.post().uri("/unsubscribe?token={token}", unsubscribeLinks.token(fan.id()) + "x")).hasStatus(400);
		assertThat(mvc.post()
			.uri("/unsubscribe?token={token}", unsubscribeLinks.token(fan.id()))
			.param("List-Unsubscribe", "One-Click")).hasStatusOk().bodyText().contains("no more emails");
		assertThat(notifications.preferences(fan)).isEqualTo(new Preferences(false, false, false));
		assertThat(mvc.get().uri("/unsubscribe?token={token}", unsubscribeLinks.token(fan.id()))).hasStatusOk()
			.bodyText()
			.contains("Unsubscribe from all emails");
	}

	@Test
	void onlyAdminsManageWebhooksAndFailedDeliveriesAreRetriedLater() throws Exception {
		assertThat(community.postJson(mvc, "/api/v1/webhooks", community.fan(), """
				{"url": "https://example.com/hook"}""")).hasStatus(403);
		assertThat(community.get(mvc, "/api/v1/webhooks", community.fan())).hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/webhooks")).hasStatus(401);
		assertThat(community.postJson(mvc, "/api/v1/webhooks", community.admin(), """
				{"url": "ftp://example.com/hook", "secret": "short"}""")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("url", "secret");

		receiver.answer(500);
		Product product = community.product();
		community.post(product, community.fan());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(webhooks.deliveries(webhook.webhook().id(), community.admin()))
				.anySatisfy(delivery -> {
					assertThat(delivery.event()).isEqualTo("post.created");
					assertThat(delivery.state()).isEqualTo("pending");
					assertThat(delivery.attempts()).isEqualTo(1);
					assertThat(delivery.lastStatus()).isEqualTo(500);
					assertThat(delivery.nextAttemptAt()).isAfter(delivery.createdAt().plusSeconds(5));
				}));
		assertThat(community.get(mvc, "/api/v1/webhooks/" + webhook.webhook().id() + "/deliveries", community.admin()))
			.hasStatus(200);
	}

	private long notified(String key) {
		return jdbc.sql("select count(*) from notifications where dedupe_key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
	}

	private List<MimeMessage> mailsTo(List<SignedInMember> members) {
		return org.fanloop.Mails.to(greenMail, members);
	}

}
