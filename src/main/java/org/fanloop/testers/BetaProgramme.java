package org.fanloop.testers;

import org.jspecify.annotations.Nullable;

/**
 * A product's beta programme: whether it takes applications, how many testers it may have
 * ({@code null}: no cap) and how many it has.
 */
public record BetaProgramme(long productId, boolean open, @Nullable Integer testerCap, long testers) {

	public boolean full() {
		return testerCap != null && testers >= testerCap;
	}

}
