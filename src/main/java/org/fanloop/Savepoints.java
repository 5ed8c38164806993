package org.fanloop;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts that may lose a race to a concurrent request making the same row. The insert
 * runs in a savepoint: on PostgreSQL a duplicate key aborts the whole transaction unless
 * it is rolled back to a savepoint, and the caller's transaction has to go on (to update
 * the row the other request made, or to use it). Outside a transaction the insert runs in
 * its own.
 */
@Component
public class Savepoints {

	private final TransactionTemplate nested;

	Savepoints(PlatformTransactionManager transactions) {
		this.nested = new TransactionTemplate(transactions);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Runs the insert; false (and nothing changed) when the row existed already.
	 */
	public boolean insert(Runnable insert) {
		try {
			this.nested.executeWithoutResult(status -> insert.run());
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
