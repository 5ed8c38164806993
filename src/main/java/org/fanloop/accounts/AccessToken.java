package org.fanloop.accounts;

import org.fanloop.web.Secrets;

/**
 * A personal access token: "flp_" and 256 random bits. Only its hash is stored.
 */
record AccessToken(String value) {

	static AccessToken generate() {
		return new AccessToken(Secrets.randomToken("flp_", 32));
	}

	String hash() {
		return Secrets.sha256Hex(value);
	}

}
