package org.fanloop.releases;

import java.util.List;
import java.util.Optional;

/**
 * The experience reports' figures for a build, offered by the module that keeps them
 * (which depends on releases, not the other way round). It is handed the posts the build
 * delivers, which the caller has loaded already.
 */
public interface ReportSummaries {

	Optional<ReportSummary> of(Build build, List<DeliveredPost> delivered);

}
