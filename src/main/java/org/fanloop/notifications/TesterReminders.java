package org.fanloop.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fanloop.web.Words;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildPublished;
import org.fanloop.releases.BuildService;
import org.fanloop.releases.Channel;
import org.fanloop.testers.TesterService;
import org.fanloop.testers.TestersPruned;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a beta is published, each of the product's testers is asked for an experience
 * report, with the build's "What to Test": in the inbox, and by email for those who want
 * release news by email. Once per tester and build: the notification's unique key makes a
 * redelivered event a no-op. Testers pruned as inactive get a notice the same way.
 */
@Component
class TesterReminders {

	private static final int CHUNK = 1000;

	private final Notifications notifications;

	private final EmailPreferences preferences;

	private final TesterService testers;

	private final BuildService builds;

	private final ProductService products;

	TesterReminders(Notifications notifications, EmailPreferences preferences, TesterService testers,
			BuildService builds, ProductService products) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.testers = testers;
		this.builds = builds;
		this.products = products;
	}

	/**
	 * Testers pruned as inactive hear of it, once per prune (a redelivered event is a
	 * no-op); by email too if they want release news by email.
	 */
	@ApplicationModuleListener
	void on(TestersPruned pruned) {
		String key = "pruned:" + pruned.productId() + ":" + pruned.at().toEpochMilli();
		Words title = Words.message("notification.pruned", pruned.productName(), pruned.betas());
		List<Long> members = new ArrayList<>(pruned.memberIds());
		members.removeAll(notifications.notified(key, members));
		if (members.isEmpty()) {
			return;
		}
		Map<Long, Preferences> wishes = preferences.of(members);
		notifications.insert(members.stream()
			.map(member -> new Notifications.NewNotification(member, key, NotificationKind.PROGRAMME, title, null,
					"/products/" + pruned.productSlug() + "/beta", null, null, pruned.at(),
					wishes.getOrDefault(member, Preferences.none()).wants(NotificationKind.PROGRAMME)))
			.toList());
	}

	/**
	 * The build's "What to Test" for the inbox and the email, or null when it has none.
	 */
	private @Nullable Words whatToTest(Build build) {
		String text = build.whatToTest().strip();
		if (text.isEmpty()) {
			return null;
		}
		return Words.message("notification.what-to-test", Notifications.cut(text, Notifications.DETAIL_LENGTH));
	}

	@ApplicationModuleListener
	void on(BuildPublished published) {
		if (published.channel() != Channel.BETA) {
			return;
		}
		Build build = builds.get(published.buildId());
		Product product = products.get(build.productId());
		String key = "report:" + build.id();
		Words title = Words.message("notification.report", product.name(), build.version());
		List<Long> all = testers.testerIds(build.productId());
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<Long> chunk = new ArrayList<>(all.subList(from, Math.min(all.size(), from + CHUNK)));
			chunk.removeAll(notifications.notified(key, chunk));
			chunk.remove(published.publishedBy());
			if (chunk.isEmpty()) {
				continue;
			}
			Map<Long, Preferences> wishes = preferences.of(chunk);
			notifications.insert(chunk.stream()
				.map(member -> new Notifications.NewNotification(member, key, NotificationKind.REPORT, title,
						whatToTest(build), "/builds/" + build.id() + "/report", null, build.id(),
						published.publishedAt(),
						wishes.getOrDefault(member, Preferences.none()).wants(NotificationKind.REPORT)))
				.toList());
		}
	}

}
