package org.fanloop.reputation;

import java.util.List;

/**
 * Who attended which review session, as the module that runs them keeps it: read whole
 * when reputation is recomputed.
 */
public interface AttendanceFacts {

	List<Attended> attended();

}
