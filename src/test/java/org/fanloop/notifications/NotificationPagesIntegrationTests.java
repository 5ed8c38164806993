package org.fanloop.notifications;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.webhooks.NewWebhook;
import org.fanloop.webhooks.Webhook;
import org.fanloop.webhooks.WebhookCreated;
import org.fanloop.webhooks.WebhookService;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The inbox, preferences, follow and webhook admin pages.
 */
@FanloopIntegrationTest
class NotificationPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	NotificationService notifications;

	@Autowired
	WebhookService webhooks;

	@Test
	void membersChooseTheirEmailsOnThePreferencesPage() {
		SignedInMember fan = community.fan();
		assertThat(mvc.get().uri("/me/preferences")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/me/preferences").with(authentication(Community.session(fan)))).hasStatusOk()
			.bodyText()
			.contains("Email preferences", "reaches beta");
		assertThat(mvc.post()
			.uri("/me/preferences")
			.param("emailOnReleases", "true")
			.with(authentication(Community.session(fan)))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(notifications.preferences(fan)).isEqualTo(new Preferences(false, false, true));
		assertThat(mvc.get().uri("/me/notifications").with(authentication(Community.session(fan)))).hasStatusOk()
			.bodyText()
			.contains("Nothing yet.");
		assertThat(mvc.get().uri("/me/notifications/badge").with(authentication(Community.session(fan)))).hasStatusOk()
			.bodyText()
			.doesNotContain("nav-count");
	}

	@Test
	void theFollowButtonFollowsAndMutes() {
		Post post = community.post(community.product(), community.fan());
		SignedInMember fan = community.fan();
		assertThat(mvc.get().uri("/posts/{id}/follow", post.id()).with(authentication(Community.session(fan))))
			.bodyText()
			.contains(">Follow<");
		assertThat(mvc.post()
			.uri("/posts/{id}/follow", post.id())
			.param("following", "true")
			.header("HX-Request", "true")
			.with(authentication(Community.session(fan)))
			.with(csrf())).hasStatusOk().bodyText().contains("Following ✓").doesNotContain("<html");
		assertThat(notifications.followState(post.id(), fan).following()).isTrue();
		assertThat(mvc.post()
			.uri("/posts/{id}/follow", post.id())
			.param("following", "false")
			.with(authentication(Community.session(fan)))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(notifications.followState(post.id(), fan).following()).isFalse();
	}

	@Test
	void adminsRegisterWebhooksOnTheirPageAndSeeTheSecretOnce() {
		SignedInMember admin = community.admin();
		assertThat(mvc.get().uri("/admin/webhooks").with(authentication(Community.session(community.fan()))))
			.hasStatus(403);
		var registered = mvc.post()
			.uri("/admin/webhooks")
			.param("url", "https://hooks.example.com/fanloop-" + Community.unique("page"))
			.param("secret", "")
			.with(authentication(Community.session(admin)))
			.with(csrf())
			.exchange();
		assertThat(registered).hasStatusOk().bodyText().contains("shown this once", "whsec_");
		Webhook hook = webhooks.all(admin).getLast();
		assertThat(mvc.get().uri("/admin/webhooks").with(authentication(Community.session(admin)))).bodyText()
			.contains(hook.url())
			.doesNotContain("whsec_");
		assertThat(mvc.get().uri("/admin/webhooks/{id}", hook.id()).with(authentication(Community.session(admin))))
			.hasStatusOk()
			.bodyText()
			.contains("Deliveries");
		assertThat(mvc.post()
			.uri("/admin/webhooks")
			.param("url", "not a url")
			.with(authentication(Community.session(admin)))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Give the http or https address that receives the webhooks.");
		assertThat(mvc.post()
			.uri("/admin/webhooks/{id}/remove", hook.id())
			.with(authentication(Community.session(admin)))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(webhooks.all(admin)).extracting(Webhook::id).doesNotContain(hook.id());
	}

}
