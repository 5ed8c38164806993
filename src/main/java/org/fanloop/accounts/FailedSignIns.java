package org.fanloop.accounts;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.EstimationProbe;
import org.fanloop.cluster.BucketStore;
import org.fanloop.cluster.SharedBuckets;

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
 * The buckets are {@link SharedBuckets}: in Redis when several nodes share one, so a
 * guesser gets one allowance however many nodes there are.
 */
@Component
class FailedSignIns {

	private final BucketStore buckets;

	FailedSignIns(AccountSettings settings, SharedBuckets shared) {
		this.buckets = shared.store("failed-sign-ins", settings.failedSignInWindow().plusMinutes(1),
				Bandwidth.builder()
					.capacity(settings.failedSignInsPerAccount())
					.refillGreedy(settings.failedSignInsPerAccount(), settings.failedSignInWindow())
					.build());
	}

	/** Throws {@link TooManyAttempts} while this username has no failures left. */
	void check(String username) {
		EstimationProbe estimate = buckets.estimate(username);
		if (!estimate.canBeConsumed()) {
			throw TooManyAttempts
				.forAccount(Math.max(1, Duration.ofNanos(estimate.getNanosToWaitForRefill()).toSeconds()));
		}
	}

	void failed(String username) {
		buckets.tryConsume(username);
	}

}
