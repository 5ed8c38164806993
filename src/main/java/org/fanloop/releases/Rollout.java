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

	public static Rollout of(List<Stage> history) {
		if (history.isEmpty()) {
			return new Rollout(100, false, null, history);
		}
		Stage last = history.getLast();
		return new Rollout(last.percent(), last.halted(), last.reason(), history);
	}

}
