package org.fanloop.releases;

/**
 * A published beta build was withdrawn; the posts it had moved went back.
 */
public record BuildWithdrawn(long buildId, long productId, String version, long withdrawnBy) {
}
