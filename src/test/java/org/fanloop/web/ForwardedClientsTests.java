package org.fanloop.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forwarded headers count only from the proxies the operator named.
 */
class ForwardedClientsTests {

	@Test
	void withoutTrustedProxiesTheHeadersAreIgnored() throws Exception {
		HttpServletRequest seen = through(new ForwardedClients(List.of()), "10.0.0.2", "203.0.113.9", "https");
		assertThat(seen.getRemoteAddr()).isEqualTo("10.0.0.2");
		assertThat(seen.isSecure()).isFalse();
	}

	@Test
	void aTrustedProxyNamesTheClientAndTheScheme() throws Exception {
		ForwardedClients filter = new ForwardedClients(List.of("10.0.0.0/24", "::1"));
		HttpServletRequest seen = through(filter, "10.0.0.2", "203.0.113.9", "https");
		assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
		assertThat(seen.isSecure()).isTrue();
		assertThat(seen.getScheme()).isEqualTo("https");
	}

	@Test
	void whatTheClientWroteLeftOfItsOwnAddressProvesNothing() throws Exception {
		ForwardedClients filter = new ForwardedClients(List.of("10.0.0.0/24"));
		// The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the client's
		// real address, and a second trusted proxy its own.
		HttpServletRequest seen = through(filter, "10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.3", null);
		assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.7");
		assertThat(seen.isSecure()).isFalse();
	}

	@Test
	void anUntrustedPeerIsTheClientWhateverItSays() throws Exception {
		ForwardedClients filter = new ForwardedClients(List.of("10.0.0.0/24"));
		assertThat(through(filter, "192.168.1.5", "203.0.113.9", "https").getRemoteAddr()).isEqualTo("192.168.1.5");
		assertThat(through(filter, "10.0.0.2", "not-an-address", null).getRemoteAddr()).isEqualTo("10.0.0.2");
		assertThat(through(filter, "10.0.0.2", "cafe, 1:2:3, 10.0.0.9", null).getRemoteAddr())
			.as("a hex word is no address, and no name is ever looked up")
			.isEqualTo("10.0.0.9");
	}

	private static HttpServletRequest through(ForwardedClients filter, String peer, String forwardedFor, String proto)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setRemoteAddr(peer);
		request.addHeader("X-Forwarded-For", forwardedFor);
		if (proto != null) {
			request.addHeader("X-Forwarded-Proto", proto);
		}
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
		return seen.get();
	}

}
