package org.fanloop.reports;

import java.time.Instant;

/**
 * A tester sent their first report on a beta build (a replacement is not a new one).
 */
public record ReportSubmitted(long reportId, long buildId, long productId, String tester, Instant at) {
}
