package org.fanloop.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fanloop.web.Words;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The SSRF guard: a webhook may only be sent to the public internet, unless the operator
 * allowed a host or range ({@link WebhookSettings#allowedHosts()}). Checked when a
 * webhook is registered and again before every delivery, after resolving its name, since
 * a name can resolve to another address later. (Between that check and the connection the
 * name is resolved once more by the HTTP client; a receiver's DNS that answers
 * differently within those milliseconds is not covered.)
 */
@Component
class WebhookTargets {

	/** Names that mean "this machine" or a cloud's metadata service. */
	private static final Set<String> INTERNAL_NAMES = Set.of("localhost", "metadata", "metadata.google.internal",
			"instance-data", "instance-data.ec2.internal");

	/** Dotted-decimal, the one way to write an IPv4 address every client reads alike. */
	private static final Pattern DOTTED_QUAD = Pattern
		.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

	/**
	 * Hex, octal or shortened IPv4 forms ({@code 0177.0.0.1}, {@code 127.1},
	 * {@code 0x7f.1}).
	 */
	private static final Pattern NUMERIC_HOST = Pattern.compile("[0-9a-fx.]+", Pattern.CASE_INSENSITIVE);

	private static final List<IpAddressMatcher> REFUSED_RANGES = List
		.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
				"192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128",
				"fc00::/7", "fe80::/10", "ff00::/8", "64:ff9b::/96")
		.stream()
		.map(IpAddressMatcher::new)
		.toList();

	private final Set<String> allowedNames;

	private final List<IpAddressMatcher> allowedRanges;

	@Autowired
	WebhookTargets(WebhookSettings settings) {
		this(settings.allowedHosts());
	}

	WebhookTargets(List<String> allowedHosts) {
		List<String> entries = allowedHosts.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		this.allowedRanges = entries.stream()
			.filter(WebhookTargets::isAddressOrRange)
			.map(IpAddressMatcher::new)
			.toList();
		this.allowedNames = entries.stream()
			.filter(entry -> !isAddressOrRange(entry))
			.map(entry -> entry.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Throws {@link WebhookRefused} unless this URL may receive webhooks now: http or
	 * https, a host, and every address it resolves to public (or allowed).
	 */
	void check(String url) {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw new WebhookRefused(Words.of("url-invalid"));
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new WebhookRefused(Words.of("url-scheme"));
		}
		if (uri.getRawUserInfo() != null) {
			throw new WebhookRefused(Words.of("url-credentials"));
		}
		String host = uri.getHost();
		if (host == null || host.isEmpty()) {
			throw new WebhookRefused(Words.of("url-host"));
		}
		host = host.toLowerCase(Locale.ROOT);
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		if (this.allowedNames.contains(host)) {
			return;
		}
		if (INTERNAL_NAMES.contains(host) || host.endsWith(".localhost") || host.endsWith(".internal")
				|| host.endsWith(".local")) {
			throw refusedAddress();
		}
		if (NUMERIC_HOST.matcher(host).matches() && !DOTTED_QUAD.matcher(host).matches() && !host.contains(":")) {
			throw new WebhookRefused(Words.of("url-ipv4"));
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException | SecurityException ex) {
			throw new WebhookRefused(Words.of("url-unresolved"));
		}
		for (InetAddress address : addresses) {
			if (!allowed(address)) {
				throw refusedAddress();
			}
		}
	}

	private boolean allowed(InetAddress address) {
		String text = address.getHostAddress();
		for (IpAddressMatcher range : this.allowedRanges) {
			if (range.matches(text)) {
				return true;
			}
		}
		return isPublic(address);
	}

	static boolean isPublic(InetAddress address) {
		InetAddress effective = embeddedIpv4(address);
		if (effective.isAnyLocalAddress() || effective.isLoopbackAddress() || effective.isLinkLocalAddress()
				|| effective.isSiteLocalAddress() || effective.isMulticastAddress()) {
			return false;
		}
		String text = effective.getHostAddress();
		for (IpAddressMatcher range : REFUSED_RANGES) {
			if (range.matches(text)) {
				return false;
			}
		}
		return !text.equals("255.255.255.255");
	}

	/** The IPv4 address inside an IPv4-mapped ({@code ::ffff:a.b.c.d}) IPv6 address. */
	private static InetAddress embeddedIpv4(InetAddress address) {
		if (address instanceof Inet6Address) {
			byte[] bytes = address.getAddress();
			boolean mapped = true;
			for (int i = 0; i < 10; i++) {
				mapped &= bytes[i] == 0;
			}
			if (mapped && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) {
				try {
					return Inet4Address.getByAddress(new byte[] { bytes[12], bytes[13], bytes[14], bytes[15] });
				}
				catch (UnknownHostException ex) {
					return address;
				}
			}
		}
		return address;
	}

	private static boolean isAddressOrRange(String entry) {
		String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
		return DOTTED_QUAD.matcher(address).matches() || address.contains(":");
	}

	private static WebhookRefused refusedAddress() {
		return new WebhookRefused(Words.of("url-private"));
	}

}
