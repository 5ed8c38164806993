package org.fanloop.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A personal access token: "flp_" and 256 random bits. Only its hash is stored.
 */
record AccessToken(String value) {

	private static final SecureRandom RANDOM = new SecureRandom();

	static AccessToken generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new AccessToken("flp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	String hash() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
