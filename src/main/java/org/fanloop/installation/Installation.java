package org.fanloop.installation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.fanloop.Savepoints;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The installation table: one row once the first admin exists.
 */
@Repository
class Installation {

	private final JdbcClient jdbc;

	private final Savepoints savepoints;

	Installation(JdbcClient jdbc, Savepoints savepoints) {
		this.jdbc = jdbc;
		this.savepoints = savepoints;
	}

	boolean isSetUp() {
		return jdbc.sql("select count(*) from installation").query(Long.class).single() > 0;
	}

	/**
	 * Marks the installation set up; false if it was already (by a concurrent request
	 * too).
	 */
	boolean markSetUp(Instant now) {
		return savepoints.insert(() -> jdbc.sql("insert into installation (id, set_up_at) values (1, :now)")
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update());
	}

}
