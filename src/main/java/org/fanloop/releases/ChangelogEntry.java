package org.fanloop.releases;

import java.util.List;

/**
 * A released build in the changelog, with the posts it delivers and who asked for them.
 */
public record ChangelogEntry(Build build, List<DeliveredPost> posts) {
}
