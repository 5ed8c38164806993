package org.fanloop.cluster;

import java.net.URI;
import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import org.fanloop.TcpRelay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate-limit buckets in Redis (the one at 127.0.0.1:6379) are one allowance for every
 * node; while Redis is away each node limits on its own instead of failing. The Redis
 * test runs with the PostgreSQL suite ({@code -Ppostgres}), which has Redis.
 */
class SharedBucketsTests {

	private final Bandwidth threePerMinute = Bandwidth.builder()
		.capacity(3)
		.refillIntervally(3, Duration.ofMinutes(1))
		.build();

	@Test
	@EnabledIfSystemProperty(named = "fanloop.test.services", matches = "true")
	void nodesDrawOnOneBucketAndEachFallsBackToItsOwnWhileRedisIsAway() throws Exception {
		String name = "test-" + System.nanoTime();
		try (TcpRelay relay = new TcpRelay("127.0.0.1", 6379)) {
			SharedBuckets one = new SharedBuckets(
					new ClusterSettings(URI.create("redis://127.0.0.1:" + relay.port()), false));
			SharedBuckets two = new SharedBuckets(new ClusterSettings(URI.create("redis://127.0.0.1:6379"), false));
			try {
				BucketStore first = one.store(name, Duration.ofMinutes(1), threePerMinute);
				BucketStore second = two.store(name, Duration.ofMinutes(1), threePerMinute);
				assertThat(one.shared()).isTrue();
				assertThat(first.tryConsume("10.0.0.1").isConsumed()).isTrue();
				assertThat(first.tryConsume("10.0.0.1").isConsumed()).isTrue();
				assertThat(second.tryConsume("10.0.0.1").isConsumed()).isTrue();
				assertThat(second.estimate("10.0.0.1").canBeConsumed()).isFalse();
				assertThat(second.tryConsume("10.0.0.1").isConsumed()).isFalse();
				assertThat(first.tryConsume("10.0.0.1").isConsumed()).isFalse();
				assertThat(first.tryConsume("10.0.0.2").isConsumed()).as("another key").isTrue();

				relay.cut();
				long start = System.nanoTime();
				assertThat(first.tryConsume("10.0.0.1").isConsumed()).as("this node's own bucket").isTrue();
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
				assertThat(second.tryConsume("10.0.0.1").isConsumed()).as("the other still reaches Redis").isFalse();
			}
			finally {
				one.destroy();
				two.destroy();
			}
		}
	}

	@Test
	void withoutRedisEveryNodeHasItsOwnBuckets() {
		SharedBuckets one = new SharedBuckets(new ClusterSettings(null, false));
		SharedBuckets two = new SharedBuckets(new ClusterSettings(null, false));
		BucketStore first = one.store("local", Duration.ofMinutes(1), threePerMinute);
		BucketStore second = two.store("local", Duration.ofMinutes(1), threePerMinute);
		assertThat(one.shared()).isFalse();
		for (int i = 0; i < 3; i++) {
			assertThat(first.tryConsume("10.0.0.1").isConsumed()).isTrue();
		}
		assertThat(first.tryConsume("10.0.0.1").isConsumed()).isFalse();
		assertThat(second.tryConsume("10.0.0.1").isConsumed()).isTrue();
	}

}
