package org.fanloop.releases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.fanloop.accounts.SignedInMember;
import org.jspecify.annotations.Nullable;

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

	LeadTimeService(Builds builds, BuildAccess access) {
		this.builds = builds;
		this.access = access;
	}

	/**
	 * Over the posts that first reached beta (or stable) in the last 90 days.
	 */
	public LeadTime product(long productId) {
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
		return new LeadTime(WINDOW_DAYS, toBeta.size(), percentile(toBeta, 50), percentile(toBeta, 90), toStable.size(),
				percentile(toStable, 50), percentile(toStable, 90));
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
