package org.fanloop.webhooks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fanloop.posts.Post;
import org.fanloop.posts.PostCreated;
import org.fanloop.posts.PostService;
import org.fanloop.posts.PostStatusChanged;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildPromoted;
import org.fanloop.releases.BuildPublished;
import org.fanloop.releases.BuildService;
import org.fanloop.releases.BuildWithdrawn;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Queues a delivery to every active webhook for each post and build change. Runs from the
 * event publication registry after the change committed, so a crash before the deliveries
 * are queued only means the event is delivered here again.
 */
@Component
class WebhookEvents {

	private final Webhooks webhooks;

	private final PostService posts;

	private final BuildService builds;

	private final JsonMapper json;

	/** The address members reach Fanloop at (shared with the emails' links). */
	private final String baseUrl;

	WebhookEvents(Webhooks webhooks, PostService posts, BuildService builds, JsonMapper json,
			@Value("${fanloop.notifications.base-url:http://localhost:8080}") String baseUrl) {
		this.webhooks = webhooks;
		this.posts = posts;
		this.builds = builds;
		this.json = json;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(PostCreated created) {
		queue("post.created", Map.of("post", post(posts.get(created.postId(), null))));
	}

	@ApplicationModuleListener
	void on(PostStatusChanged changed) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("post", post(posts.get(changed.postId(), null)));
		data.put("from", changed.from().value());
		data.put("to", changed.to().value());
		if (changed.buildId() != null) {
			data.put("buildId", changed.buildId());
		}
		queue("post.status_changed", data);
	}

	@ApplicationModuleListener
	void on(BuildPublished published) {
		queue("build.published", Map.of("build", build(builds.get(published.buildId()))));
	}

	@ApplicationModuleListener
	void on(BuildPromoted promoted) {
		queue("build.promoted",
				Map.of("build", build(builds.get(promoted.stableBuildId())), "betaBuildId", promoted.betaBuildId()));
	}

	@ApplicationModuleListener
	void on(BuildWithdrawn withdrawn) {
		queue("build.withdrawn", Map.of("build", build(builds.get(withdrawn.buildId()))));
	}

	private void queue(String event, Map<String, Object> data) {
		List<Long> hooks = webhooks.activeIds();
		if (hooks.isEmpty()) {
			return;
		}
		Instant now = Instant.now();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("id", UUID.randomUUID().toString());
		payload.put("event", event);
		payload.put("createdAt", now.toString());
		payload.put("data", data);
		webhooks.enqueue(hooks, event, json.writeValueAsString(payload), now);
	}

	private Map<String, Object> post(Post post) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("id", post.id());
		summary.put("product", post.productSlug());
		summary.put("kind", post.kind().value());
		summary.put("title", post.title());
		summary.put("status", post.status().value());
		summary.put("author", post.authorName());
		summary.put("voteCount", post.voteCount());
		summary.put("url", baseUrl + "/posts/" + post.id());
		return summary;
	}

	private Map<String, Object> build(Build build) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("id", build.id());
		summary.put("product", build.productSlug());
		summary.put("version", build.version());
		summary.put("channel", build.channel().value());
		summary.put("state", build.state().value());
		summary.put("posts", builds.delivered(build.id()).stream().map(post -> post.postId()).toList());
		summary.put("url", baseUrl + "/builds/" + build.id());
		return summary;
	}

}
