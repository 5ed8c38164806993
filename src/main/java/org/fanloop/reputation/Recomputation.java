package org.fanloop.reputation;

import java.util.List;

/**
 * The ledger against a recomputation from the facts: rows on each side, members whose
 * totals differ, and the awards only one side has
 * ({@code reason:subject:username:points}). All empty when the ledger is right.
 */
public record Recomputation(int ledgerRows, int recomputedRows, List<Difference> differences, List<String> missing,
		List<String> extra) {

	/** A member whose stored total differs from the recomputed one. */
	public record Difference(String username, long stored, long recomputed) {
	}

}
