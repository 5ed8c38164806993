/**
 * What several nodes share beyond the database, all of it optional: per-node caches that
 * hear of stale entries from the other nodes (a RabbitMQ fanout), and rate-limit buckets
 * kept in Redis. With neither configured a node keeps everything in its own memory, as
 * one node should.
 */
@ApplicationModule(displayName = "Cluster", allowedDependencies = {})
@NullMarked
package org.fanloop.cluster;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
