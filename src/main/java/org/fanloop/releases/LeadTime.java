package org.fanloop.releases;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Lead times of a product over a window of days: from a post's creation to the first beta
 * and the first stable build that delivered it. Medians and 90th percentiles by nearest
 * rank; {@code null} where no post reached that channel in the window.
 *
 * <p>
 * The {@code toBeta…} figures cover the posts that reached beta in the window, the
 * {@code toStable…} figures those that reached stable in it: two different sets of posts,
 * so the beta median can be longer than the stable one. {@code shippedViaBetaCount} and
 * {@code shippedToBetaMedian} describe the stable set itself (how many of them went
 * through a beta, and how long they took to get there), so pages compare like with like.
 */
public record LeadTime(int windowDays, int toBetaCount, @Nullable Duration toBetaMedian, @Nullable Duration toBetaP90,
		int toStableCount, @Nullable Duration toStableMedian, @Nullable Duration toStableP90, int shippedViaBetaCount,
		@Nullable Duration shippedToBetaMedian) {
}
