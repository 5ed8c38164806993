package org.fanloop.web;

import java.sql.SQLException;
import java.util.Set;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool which errors mean a connection is dead. Hikari knows
 * PostgreSQL's (SQL state class 08) by itself; H2 in server mode says "database is
 * already closed" or "connection is broken" with codes of its own, and without this the
 * pool would hand out dead connections forever after the H2 server came back.
 */
public class BrokenConnections implements SQLExceptionOverride {

	/** H2: connection broken (90067), database closed (90098, 90121). */
	private static final Set<Integer> H2_DEAD = Set.of(90067, 90098, 90121);

	@java.lang.Override
	public SQLExceptionOverride.Override adjudicate(SQLException ex) {
		return H2_DEAD.contains(ex.getErrorCode()) ? SQLExceptionOverride.Override.MUST_EVICT
				: SQLExceptionOverride.Override.CONTINUE_EVICT;
	}

}
