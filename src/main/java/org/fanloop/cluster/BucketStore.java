package org.fanloop.cluster;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * Rate-limit buckets of one kind, one per key (a client address, a username), all with
 * the limits the store was made with. From {@link SharedBuckets}.
 */
public interface BucketStore {

	/** Takes one token from the key's bucket, if it has one. */
	ConsumptionProbe tryConsume(String key);

	/** Whether the key's bucket has a token, without taking it. */
	EstimationProbe estimate(String key);

}
