package org.fanloop.sessions;

import java.util.List;

import org.fanloop.reputation.AttendanceFacts;
import org.fanloop.reputation.Attended;

import org.springframework.stereotype.Component;

/**
 * Who attended which session, for reputation's recomputation. Its own bean: the session
 * service asks reputation for suggestions, so reputation cannot wait for it.
 */
@Component
class SessionAttendance implements AttendanceFacts {

	private final Sessions rows;

	SessionAttendance(Sessions rows) {
		this.rows = rows;
	}

	@Override
	public List<Attended> attended() {
		return rows.attended(null);
	}

}
