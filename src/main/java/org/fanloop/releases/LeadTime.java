package org.fanloop.releases;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Lead times of a product over a window of days: from a post's creation to the first beta
 * and the first stable build that delivered it. Medians and 90th percentiles by nearest
 * rank; {@code null} where no post reached that channel in the window.
 */
public record LeadTime(int windowDays, int toBetaCount, @Nullable Duration toBetaMedian, @Nullable Duration toBetaP90,
		int toStableCount, @Nullable Duration toStableMedian, @Nullable Duration toStableP90) {
}
