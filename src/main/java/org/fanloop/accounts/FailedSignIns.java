package org.fanloop.accounts;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing against one account, whatever address it comes from: each
 * username has a bucket of {@link AccountSettings#failedSignInsPerAccount()} failures,
 * refilled over {@link AccountSettings#failedSignInWindow()}; while it is empty every
 * attempt on that username is refused before its password is checked (so the right
 * password does not tell a guesser it was right). Unknown usernames are counted alike, so
 * the refusal tells nobody whether an account exists.
 *
 * <p>
 * Per node, like the address limits: with several nodes a guesser gets each node's
 * allowance until the buckets move to a shared store (Redis, with the scaling work).
 */
@Component
class FailedSignIns {

	private final Cache<String, Bucket> buckets;

	private final Bandwidth allowance;

	FailedSignIns(AccountSettings settings) {
		this.allowance = Bandwidth.builder()
			.capacity(settings.failedSignInsPerAccount())
			.refillGreedy(settings.failedSignInsPerAccount(), settings.failedSignInWindow())
			.build();
		this.buckets = Caffeine.newBuilder()
			.expireAfterAccess(settings.failedSignInWindow().plusMinutes(1))
			.maximumSize(200_000)
			.build();
	}

	/** Throws {@link TooManyAttempts} while this username has no failures left. */
	void check(String username) {
		Bucket bucket = this.buckets.getIfPresent(username);
		if (bucket == null) {
			return;
		}
		EstimationProbe estimate = bucket.estimateAbilityToConsume(1);
		if (!estimate.canBeConsumed()) {
			throw TooManyAttempts
				.forAccount(Math.max(1, Duration.ofNanos(estimate.getNanosToWaitForRefill()).toSeconds()));
		}
	}

	void failed(String username) {
		this.buckets.get(username, name -> Bucket.builder().addLimit(this.allowance).build()).tryConsume(1);
	}

}
