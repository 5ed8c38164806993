package org.fanloop.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only when they come from
 * a proxy the operator named ({@link WebSettings#trustedProxies()}). Tomcat's own
 * handling trusts every private address by default, so any client on a private network
 * could choose its address with a rotating header and slip past the sign-in limits.
 *
 * <p>
 * The client is the right-most address in {@code X-Forwarded-For} that is not a trusted
 * proxy: the entries to its left were written by the client itself and prove nothing.
 */
class ForwardedClients extends OncePerRequestFilter {

	private static final Pattern DOTTED_QUAD = Pattern
		.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

	private final List<IpAddressMatcher> proxies;

	ForwardedClients(List<String> trustedProxies) {
		this.proxies = trustedProxies.stream()
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.proxies.isEmpty() || !trusted(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		String client = client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
		String proto = request.getHeader("X-Forwarded-Proto");
		boolean secure = (proto != null) ? "https".equalsIgnoreCase(proto.split(",")[0].strip()) : request.isSecure();
		chain.doFilter(new Forwarded(request, client, secure), response);
	}

	private String client(String peer, @Nullable String forwardedFor) {
		if (forwardedFor == null) {
			return peer;
		}
		String[] hops = forwardedFor.split(",");
		String client = peer;
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].strip();
			if (hop.isEmpty() || !isAddress(hop)) {
				break;
			}
			client = hop;
			if (!trusted(hop)) {
				break;
			}
		}
		return client;
	}

	private boolean trusted(String address) {
		if (!isAddress(address)) {
			return false;
		}
		try {
			for (IpAddressMatcher proxy : this.proxies) {
				if (proxy.matches(address)) {
					return true;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// not an address after all ("1:2:3"): nobody we trust
		}
		return false;
	}

	/** A literal IPv4 or IPv6 address, never a name (which would be looked up). */
	private static boolean isAddress(String text) {
		if (DOTTED_QUAD.matcher(text).matches()) {
			return true;
		}
		if (text.indexOf(':') < 0 || text.length() > 45
				|| !text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
			return false;
		}
		try {
			// With a colon it can only be an IPv6 literal: parsed, never looked up.
			InetAddress.getByName(text);
			return true;
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static final class Forwarded extends HttpServletRequestWrapper {

		private final String client;

		private final boolean secure;

		Forwarded(HttpServletRequest request, String client, boolean secure) {
			super(request);
			this.client = client;
			this.secure = secure;
		}

		@Override
		public String getRemoteAddr() {
			return this.client;
		}

		@Override
		public String getRemoteHost() {
			return this.client;
		}

		@Override
		public boolean isSecure() {
			return this.secure;
		}

		@Override
		public String getScheme() {
			return this.secure ? "https" : super.getScheme();
		}

	}

}
