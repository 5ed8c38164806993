package org.fanloop.web;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean the database is away (a 503 with Retry-After) rather than a bug (a
 * 500): among them a rollback that failed on the connection whose break had failed the
 * statement, which the outage test met on PostgreSQL.
 */
class DatabaseDownTests {

	@Test
	void aRollbackThatFailedAfterTheConnectionBrokeIsTheDatabaseBeingAway() {
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(new DataAccessResourceFailureException("An I/O error occurred"));
		assertThat(RequestGuards.isDatabaseDown(rollback)).isTrue();

		TransactionSystemException afterABug = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		afterABug.initApplicationException(new DuplicateKeyException("duplicate"));
		assertThat(RequestGuards.isDatabaseDown(afterABug)).isFalse();

		assertThat(RequestGuards.isDatabaseDown(new SQLException("gone", "08006"))).isTrue();
		assertThat(RequestGuards.isDatabaseDown(new IllegalStateException("a bug"))).isFalse();
	}

}
