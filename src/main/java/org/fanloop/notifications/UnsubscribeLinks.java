package org.fanloop.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.fanloop.Savepoints;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed one-click unsubscribe tokens: the member id and an HMAC-SHA256 of it under a
 * secret made once per installation and kept in the database, so every node signs alike.
 */
@Component
class UnsubscribeLinks {

	private final JdbcClient jdbc;

	private volatile byte[] key;

	private final Savepoints savepoints;

	UnsubscribeLinks(JdbcClient jdbc, Savepoints savepoints) {
		this.jdbc = jdbc;
		this.savepoints = savepoints;
	}

	String token(long memberId) {
		return memberId + "." + sign(memberId);
	}

	Optional<Long> memberOf(String token) {
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		try {
			long member = Long.parseLong(token.substring(0, dot));
			boolean valid = MessageDigest.isEqual(sign(member).getBytes(StandardCharsets.US_ASCII),
					token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
			return valid ? Optional.of(member) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private String sign(long memberId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			byte[] signature = mac.doFinal(("unsubscribe:" + memberId).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every JVM has HmacSHA256", ex);
		}
	}

	private byte[] key() {
		if (key == null) {
			key = HexFormat.of().parseHex(stored().orElseGet(this::create));
		}
		return key;
	}

	private Optional<String> stored() {
		return jdbc.sql("select secret from signing_keys where id = 1").query(String.class).optional();
	}

	private String create() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		// If another node made it first, theirs is the one.
		savepoints.insert(() -> jdbc.sql("insert into signing_keys (id, secret) values (1, :secret)")
			.param("secret", HexFormat.of().formatHex(secret))
			.update());
		return stored().orElseThrow();
	}

}
