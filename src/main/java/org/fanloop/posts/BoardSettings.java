package org.fanloop.posts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How boards are served.
 *
 * @param anonymousCache how long a node keeps a board API page it answered for somebody
 * signed out, to answer the same URL again; 0 turns it off
 * @param anonymousCachePages at most this many board pages kept per node
 */
@ConfigurationProperties("fanloop.boards")
record BoardSettings(@DefaultValue("1s") Duration anonymousCache, @DefaultValue("10000") int anonymousCachePages) {
}
