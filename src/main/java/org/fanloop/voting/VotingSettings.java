package org.fanloop.voting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How votes are written.
 *
 * @param writeGroup at most this many votes are written in one transaction
 * @param writeQueue at most this many votes wait for the writer; a request that finds the
 * queue full waits for room
 */
@ConfigurationProperties("fanloop.voting")
record VotingSettings(@DefaultValue("500") int writeGroup, @DefaultValue("10000") int writeQueue) {
}
