package org.fanloop.accounts;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a member's page sessions, on every node: they live in the shared database, and
 * each node reads a session from it on every request.
 */
@Component
class PageSessions {

	private final JdbcIndexedSessionRepository sessions;

	PageSessions(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	/** Ends every page session of the member with this username. */
	void endAll(String username) {
		sessions.findByIndexNameAndIndexValue(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username)
			.keySet()
			.forEach(sessions::deleteById);
	}

}
