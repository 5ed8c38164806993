package org.fanloop.search;

import org.fanloop.cluster.Broadcast;

/**
 * A post's words, status or comments changed (or it is gone): every node writes its
 * document again from the database. A broadcast, so each node's own index follows.
 */
public record PostTextChanged(long postId) implements Broadcast {
}
