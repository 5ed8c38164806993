package org.fanloop.voting;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How votes are folded into the stored counts.
 *
 * @param foldInterval pause between two folds; the posts' sort keys trail votes by about
 * this much (the counts shown are always exact)
 * @param foldBatch at most this many vote events are folded in one transaction
 * @param vacuumInterval on PostgreSQL, how often the folded events' dead rows are
 * vacuumed away (while votes arrive)
 * @param writeGroup at most this many votes are written in one transaction
 * @param writeQueue at most this many votes wait for the writer; a request that finds the
 * queue full waits for room
 */
@ConfigurationProperties("fanloop.voting")
record VotingSettings(@DefaultValue("200ms") Duration foldInterval, @DefaultValue("20000") int foldBatch,
		@DefaultValue("2s") Duration vacuumInterval, @DefaultValue("500") int writeGroup,
		@DefaultValue("10000") int writeQueue) {
}
