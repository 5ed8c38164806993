package org.fanloop.cluster;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Where rate-limit buckets live: in Redis when {@code fanloop.cluster.redis} is set, so
 * every node draws on the same allowance (Bucket4j's Lettuce backend, compare-and-swap on
 * one key per bucket, each key expiring once its bucket would be full again); otherwise
 * in this node's memory. While Redis does not answer within a second a node limits on its
 * own buckets instead: sign-ins go on, each node giving its own allowance, rather than
 * fail.
 */
@Component
public class SharedBuckets implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);

	private final @Nullable RedisClient client;

	private final @Nullable StatefulRedisConnection<String, byte[]> connection;

	private final @Nullable ProxyManager<String> redis;

	SharedBuckets(ClusterSettings settings) {
		if (settings.redis() == null) {
			this.client = null;
			this.connection = null;
			this.redis = null;
			return;
		}
		this.client = RedisClient.create(settings.redis().toString());
		this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
		this.redis = Bucket4jLettuce.casBasedBuilder(connection)
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
			.requestTimeout(Duration.ofSeconds(1))
			.build();
	}

	/** Whether the buckets are shared with the other nodes. */
	public boolean shared() {
		return redis != null;
	}

	/**
	 * A store of buckets called {@code name} (unique per kind of limit), each with these
	 * limits; kept in memory, a bucket is forgotten after {@code idle} unused.
	 */
	public BucketStore store(String name, Duration idle, Bandwidth... limits) {
		Cache<String, Bucket> local = Caffeine.newBuilder().expireAfterAccess(idle).maximumSize(200_000).build();
		Function<String, Bucket> here = key -> local.get(key, k -> {
			var builder = Bucket.builder();
			List.of(limits).forEach(builder::addLimit);
			return builder.build();
		});
		if (redis == null) {
			return new Store(here, null);
		}
		var configuration = BucketConfiguration.builder();
		List.of(limits).forEach(configuration::addLimit);
		BucketConfiguration shared = configuration.build();
		ProxyManager<String> manager = redis;
		return new Store(here, key -> manager.builder().build("fanloop:bucket:" + name + ":" + key, () -> shared));
	}

	@Override
	public void destroy() {
		if (connection != null) {
			connection.close();
		}
		if (client != null) {
			client.shutdown();
		}
	}

	private record Store(Function<String, Bucket> here,
			@Nullable Function<String, Bucket> shared) implements BucketStore {

		@Override
		public ConsumptionProbe tryConsume(String key) {
			return bucket(key, bucket -> bucket.tryConsumeAndReturnRemaining(1));
		}

		@Override
		public EstimationProbe estimate(String key) {
			return bucket(key, bucket -> bucket.estimateAbilityToConsume(1));
		}

		private <T> T bucket(String key, Function<Bucket, T> action) {
			if (shared != null) {
				try {
					return action.apply(shared.apply(key));
				}
				catch (RuntimeException ex) {
					log.warn("Redis did not answer for a rate-limit bucket; limiting on this node: {}",
							ex.getMessage());
				}
			}
			return action.apply(here.apply(key));
		}

	}

}
