package org.fanloop.accounts;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AccessToken}.
 */
class AccessTokenTests {

	@Test
	void generatesDistinctPrefixedTokens() {
		Set<String> tokens = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			tokens.add(AccessToken.generate().value());
		}
		assertThat(tokens).hasSize(1000).allSatisfy(token -> assertThat(token).startsWith("flp_").hasSize(47));
	}

	@Test
	void hashesToSha256Hex() {
		// printf 'flp_abc' | sha256sum
		assertThat(new AccessToken("flp_abc").hash())
			.isEqualTo("1067ae33e9c35bcab569718fb9956c446a1500e1e9de4b1390c942c1f0958c38");
		assertThat(new AccessToken("flp_abd").hash()).isNotEqualTo(new AccessToken("flp_abc").hash());
	}

}
