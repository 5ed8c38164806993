package org.fanloop.installation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The installation table: one row once the first admin exists.
 */
@Repository
class Installation {

	private final JdbcClient jdbc;

	Installation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isSetUp() {
		return jdbc.sql("select count(*) from installation").query(Long.class).single() > 0;
	}

	/**
	 * Marks the installation set up; false if it was already (by a concurrent request
	 * too).
	 */
	boolean markSetUp(Instant now) {
		try {
			return jdbc.sql("insert into installation (id, set_up_at) values (1, :now)")
				.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
