package org.fanloop.cluster;

/**
 * An application event every node must see. Once the transaction that publishes it
 * commits, the relay sends it to the other nodes, where it is published again as the same
 * event (with no relay configured it stays on its node). It must be a record that Jackson
 * reads and writes as it is.
 */
public interface Broadcast {

}
