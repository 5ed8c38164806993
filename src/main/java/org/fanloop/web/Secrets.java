package org.fanloop.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random tokens and their hashes, for every module that hands out a secret and keeps only
 * its SHA-256 (API tokens, enrolment links), or needs a stable hash (rollout buckets).
 */
public final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	/** {@code prefix} and this many random bytes, URL-safe base64. */
	public static String randomToken(String prefix, int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	public static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	/** SHA-256 in lower-case hex, as the token tables keep it. */
	public static String sha256Hex(String text) {
		return HexFormat.of().formatHex(sha256(text));
	}

}
