package org.fanloop.releases;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Build versions. A stable version never carries a pre-release suffix: promoting
 * {@code 5.1-beta.2} without naming a version releases {@code 5.1}, and a stable version
 * like {@code 5.1-rc1} or {@code 5.1beta} is refused, so fans are never told a post
 * "shipped in 5.1-beta.2".
 */
final class Versions {

	/** A pre-release word anywhere after the first digit: alpha, beta, rc, preview … */
	private static final Pattern PRE_RELEASE = Pattern
		.compile("(?i).*\\d.*(alpha|beta|rc|pre|preview|snapshot|dev|nightly|canary|test).*");

	private Versions() {
	}

	/** {@code 5.1-beta.2} → {@code 5.1}; a version without a suffix stays as it is. */
	static String stableOf(String betaVersion) {
		String version = betaVersion.strip();
		int dash = version.indexOf('-');
		if (dash > 0) {
			version = version.substring(0, dash);
		}
		// "5.1beta2", "5.1b2": drop the word and what follows it.
		version = version.replaceAll("(?i)[._]?(alpha|beta|rc|pre|preview|snapshot|dev|nightly|canary|a|b)\\d*.*$", "");
		return version.isEmpty() ? betaVersion.strip() : version;
	}

	/** Whether this version names a pre-release ({@code 5.1-rc1}, {@code 5.1beta}). */
	static boolean isPreRelease(String version) {
		String v = version.strip().toLowerCase(Locale.ROOT);
		return v.indexOf('-') > 0 || PRE_RELEASE.matcher(v).matches();
	}

}
