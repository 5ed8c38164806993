package org.fanloop.posts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long boards and posts are kept for signed-out readers.
 *
 * @param signedOutCache how long a node keeps a board or post (page or API) it answered
 * for somebody signed out, to answer the same request again; 0 turns it off
 * @param signedOutCachePages at most this many answers kept per node
 */
@ConfigurationProperties("fanloop.posts")
record SignedOutCacheSettings(@DefaultValue("1s") Duration signedOutCache,
		@DefaultValue("10000") int signedOutCachePages) {
}
