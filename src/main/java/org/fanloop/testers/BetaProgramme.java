package org.fanloop.testers;

import org.jspecify.annotations.Nullable;

/**
 * A product's beta programme: whether it takes applications, how many testers it may have
 * ({@code null}: no cap) and how many it has: {@code testers} are the active ones, who
 * count toward the cap and the report quorum; {@code inactiveTesters} did nothing with
 * the last few betas.
 */
public record BetaProgramme(long productId, boolean open, @Nullable Integer testerCap, long testers,
		long inactiveTesters) {

	public boolean full() {
		return testerCap != null && testers >= testerCap;
	}

}
