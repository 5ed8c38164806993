package org.fanloop.cluster;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The shared infrastructure several nodes use; one node needs none of it.
 *
 * @param redis where the sign-in rate-limit buckets live (e.g.
 * {@code redis://127.0.0.1:6379}); unset: in each node's memory
 * @param rabbitmq whether stale cache entries (and any other {@link Broadcast}) are sent
 * to every node through RabbitMQ, reached with Spring Boot's {@code spring.rabbitmq.*}
 * settings; false: a node hears only of its own changes
 */
@ConfigurationProperties("fanloop.cluster")
record ClusterSettings(@Nullable URI redis, boolean rabbitmq) {
}
