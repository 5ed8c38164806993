package org.fanloop.rollouts;

import org.fanloop.web.Secrets;

/**
 * An installation's place, 0 to 99, in a build's rollout: the first bytes of
 * SHA-256("{buildId}:{installation}") as a number, modulo 100. Stable (the same answer on
 * every node and after restarts), spread evenly, and different per build, so the same
 * devices are not always the first.
 */
final class RolloutBuckets {

	private RolloutBuckets() {
	}

	static int bucket(String installation, long buildId) {
		byte[] hash = Secrets.sha256(buildId + ":" + installation);
		long value = 0;
		for (int i = 0; i < 8; i++) {
			value = (value << 8) | (hash[i] & 0xff);
		}
		return (int) Long.remainderUnsigned(value, 100);
	}

}
