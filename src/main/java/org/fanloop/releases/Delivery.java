package org.fanloop.releases;

/**
 * How far telling everybody about a build has got: members notified so far, and whether
 * it is done.
 */
public record Delivery(long notified, boolean done, String state) {
}
