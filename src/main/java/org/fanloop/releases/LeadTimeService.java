package org.fanloop.releases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.cluster.NodeCaches;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * How long posts take from "a user asked" to "it shipped": per post, and per product over
 * the last 90 days.
 */
@Service
public class LeadTimeService {

	static final int WINDOW_DAYS = 90;

	private final Builds builds;

	private final BuildAccess access;

	private static final String CACHE = "lead-times";

	/**
	 * Every board view shows its product's figures, which change only when a build goes
	 * out or is withdrawn (forgotten then, on every node: {@link NodeCaches}) and as the
	 * window slides (the minute).
	 */
	private final Cache<Long, LeadTime> products = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(10_000)
		.build();

	private final NodeCaches caches;

	LeadTimeService(Builds builds, BuildAccess access, NodeCaches caches) {
		this.builds = builds;
		this.access = access;
		this.caches = caches;
		caches.register(CACHE, products, Long::parseLong);
	}

	/**
	 * Over the posts that first reached beta (or stable) in the last 90 days.
	 */
	public LeadTime product(long productId) {
		return products.get(productId, this::measure);
	}

	@EventListener
	void on(BuildPublished published) {
		forget(published.productId());
	}

	@EventListener
	void on(BuildPromoted promoted) {
		forget(promoted.productId());
	}

	@EventListener
	void on(BuildWithdrawn withdrawn) {
		forget(withdrawn.productId());
	}

	/**
	 * Every node forgets the product's figures once the transaction that publishes,
	 * promotes or withdraws one of its builds has committed (before, a board view could
	 * cache the old figures again).
	 */
	private void forget(long productId) {
		caches.stale(CACHE, String.valueOf(productId));
	}

	private LeadTime measure(long productId) {
		Instant since = Instant.now().minus(Duration.ofDays(WINDOW_DAYS));
		List<Builds.Milestones> milestones = builds.milestones(productId);
		List<Duration> toBeta = milestones.stream()
			.filter(m -> m.betaAt() != null && m.betaAt().isAfter(since))
			.map(m -> Duration.between(m.askedAt(), Objects.requireNonNull(m.betaAt())))
			.sorted()
			.toList();
		List<Duration> toStable = milestones.stream()
			.filter(m -> m.stableAt() != null && m.stableAt().isAfter(since))
			.map(m -> Duration.between(m.askedAt(), Objects.requireNonNull(m.stableAt())))
			.sorted()
			.toList();
		List<Duration> shippedToBeta = milestones.stream()
			.filter(m -> m.stableAt() != null && m.stableAt().isAfter(since) && m.betaAt() != null)
			.map(m -> Duration.between(m.askedAt(), Objects.requireNonNull(m.betaAt())))
			.sorted()
			.toList();
		return new LeadTime(WINDOW_DAYS, toBeta.size(), percentile(toBeta, 50), percentile(toBeta, 90), toStable.size(),
				percentile(toStable, 50), percentile(toStable, 90), shippedToBeta.size(),
				percentile(shippedToBeta, 50));
	}

	/**
	 * One post's lead times and the builds that delivered it.
	 */
	public PostLeadTime post(long postId, @Nullable SignedInMember viewer) {
		List<Build> delivering = builds.deliveringPost(postId);
		Builds.Milestones first = builds.milestonesOf(postId).orElse(null);
		Duration toBeta = (first != null && first.betaAt() != null) ? Duration.between(first.askedAt(), first.betaAt())
				: null;
		Duration toStable = (first != null && first.stableAt() != null)
				? Duration.between(first.askedAt(), first.stableAt()) : null;
		return new PostLeadTime(postId, toBeta, toStable,
				delivering.stream().filter(build -> access.canSee(build, viewer)).toList());
	}

	/** Nearest rank: the smallest value with at least p% of the values at or below it. */
	static @Nullable Duration percentile(List<Duration> sorted, int p) {
		if (sorted.isEmpty()) {
			return null;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

}
