package org.fanloop.cluster;

/**
 * An entry of a per-node cache is stale on every node.
 *
 * @param cache the name its owner registered with {@link NodeCaches}
 * @param key the entry, or {@link NodeCaches#ALL}
 */
public record CacheStale(String cache, String key) implements Broadcast {
}
