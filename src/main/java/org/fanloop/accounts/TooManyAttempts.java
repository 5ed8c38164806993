package org.fanloop.accounts;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A client tried to sign in or up too often.
 */
class TooManyAttempts extends ModuleProblem {

	private final long retryAfterSeconds;

	TooManyAttempts(long retryAfterSeconds) {
		this(retryAfterSeconds, Words.of("too-many-attempts", retryAfterSeconds));
	}

	private TooManyAttempts(long retryAfterSeconds, Words detail) {
		super(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts", detail);
		this.retryAfterSeconds = retryAfterSeconds;
		getHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
	}

	static TooManyAttempts forAccount(long retryAfterSeconds) {
		return new TooManyAttempts(retryAfterSeconds,
				Words.of("too-many-attempts.account", Math.max(1, (retryAfterSeconds + 59) / 60)));
	}

	long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
