package org.fanloop.cluster;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs something once the current transaction has committed, or at once outside one. A
 * cache forgotten before the commit could be filled again with the old row by a request
 * that reads before the commit.
 *
 * <p>
 * It hooks into {@code afterCompletion}, not {@code afterCommit}: an action registered
 * while another's {@code afterCommit} runs (the relay sending what a cache's owner said
 * after its commit) would never run there, since Spring has already taken the list of
 * those callbacks; the completion callbacks are read after them.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	public static void run(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_COMMITTED) {
						action.run();
					}
				}
			});
		}
		else {
			action.run();
		}
	}

}
