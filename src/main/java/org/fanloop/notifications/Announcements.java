package org.fanloop.notifications;

import java.time.Instant;
import java.util.List;

import org.fanloop.web.Words;
import org.fanloop.posts.CommentAdded;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostService;
import org.fanloop.posts.PostStatusChanged;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildPromoted;
import org.fanloop.releases.BuildPublished;
import org.fanloop.releases.BuildService;
import org.fanloop.releases.Channel;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happened to posts and builds into fan-out jobs. Each listener runs after the
 * change committed, from the event publication registry: an event whose listener did not
 * finish (a crash, a restart) is delivered again, and the job's unique key makes the
 * second delivery a no-op.
 */
@Component
class Announcements {

	private final Fanouts fanouts;

	private final PostService posts;

	private final BuildService builds;

	private final ProductService products;

	Announcements(Fanouts fanouts, PostService posts, BuildService builds, ProductService products) {
		this.fanouts = fanouts;
		this.posts = posts;
		this.builds = builds;
		this.products = products;
	}

	/** Staff moved a post; moves made by builds are announced with the build. */
	@ApplicationModuleListener
	void on(PostStatusChanged changed) {
		if (changed.byBuild()) {
			return;
		}
		Post post = posts.get(changed.postId(), null);
		plan(new FanoutJob.Plan("status:" + changed.changeId(), NotificationKind.STATUS,
				Words.message("notification.status", post.title(), Words.message("status." + changed.to().value())),
				"/posts/" + post.id(), post.id(), null, changed.changedBy(), List.of(post.id()), changed.changedAt()));
	}

	@ApplicationModuleListener
	void on(CommentAdded added) {
		if (!added.official()) {
			return;
		}
		Post post = posts.get(added.postId(), null);
		plan(new FanoutJob.Plan("answer:" + added.commentId(), NotificationKind.ANSWER,
				Words.message("notification.answer", post.title()),
				"/posts/" + post.id() + "#comment-" + added.commentId(), post.id(), null, added.authorId(),
				List.of(post.id()), added.at()));
	}

	@ApplicationModuleListener
	void on(BuildPublished published) {
		announce(builds.get(published.buildId()), published.publishedBy(), published.publishedAt());
	}

	@ApplicationModuleListener
	void on(BuildPromoted promoted) {
		announce(builds.get(promoted.stableBuildId()), promoted.promotedBy(), promoted.promotedAt());
	}

	private void announce(Build build, long actor, Instant at) {
		List<Long> moved = builds.movedPosts(build.id());
		if (moved.isEmpty()) {
			return;
		}
		Product product = products.get(build.productId());
		boolean beta = build.channel() == Channel.BETA;
		Long single = (moved.size() == 1) ? moved.getFirst() : null;
		Words title;
		if (single != null) {
			title = Words.message(beta ? "notification.beta.one" : "notification.stable.one",
					posts.get(single, null).title(), product.name(), build.version());
		}
		else {
			title = Words.message(beta ? "notification.beta.many" : "notification.stable.many", product.name(),
					build.version(), moved.size());
		}
		String link = (single != null) ? "/posts/" + single
				: beta ? "/products/" + product.slug() + "/train" : "/builds/" + build.id();
		plan(new FanoutJob.Plan("build:" + build.id(), beta ? NotificationKind.BETA : NotificationKind.STABLE, title,
				link, single, build.id(), actor, moved, at));
	}

	private void plan(FanoutJob.Plan plan) {
		if (!fanouts.exists(plan.dedupeKey())) {
			fanouts.insert(plan, Instant.now());
		}
	}

}
