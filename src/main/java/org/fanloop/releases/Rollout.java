package org.fanloop.releases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A stable build's staged rollout: the share of installations the updater offers it to,
 * whether it is halted (and why), and each change, oldest first. A build that never had a
 * stage (published before staged rollouts, or a stable draft published at once) is at 100
 * %.
 */
public record Rollout(int percent, boolean halted, @Nullable String reason, List<Stage> history) {

	/** One change of the rollout. */
	public record Stage(int percent, boolean halted, @Nullable String reason, String changedBy, Instant changedAt) {
	}

	static Rollout of(List<Stage> history) {
		if (history.isEmpty()) {
			return new Rollout(100, false, null, history);
		}
		Stage last = history.getLast();
		return new Rollout(last.percent(), last.halted(), last.reason(), history);
	}

	/**
	 * Whether the updater offers the build to this installation: its place in the build's
	 * order of installations (a stable hash of both) falls below the percentage, so an
	 * installation that is in stays in as the percentage grows.
	 */
	boolean includes(String installation, long buildId) {
		return !halted && RolloutBuckets.bucket(installation, buildId) < percent;
	}

}
