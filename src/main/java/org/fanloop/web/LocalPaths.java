package org.fanloop.web;

import java.net.URI;
import java.net.URISyntaxException;

import org.jspecify.annotations.Nullable;

/**
 * Where a page may send a browser back to: a path on this site only (with its query),
 * never another host, so no redirect built from a Referer or a form field can leave
 * Fanloop.
 */
public final class LocalPaths {

	private LocalPaths() {
	}

	/**
	 * The path and query of this link or Referer, or {@code null} when it is not a plain
	 * path on this site.
	 */
	public static @Nullable String of(@Nullable String link) {
		if (link == null || link.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(link.strip());
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
				return null;
			}
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	/**
	 * This path, if it is one already ({@code /products/x?sort=new}): a full address,
	 * even one of this site, is not taken (form fields carry paths; Referers carry full
	 * addresses and go through {@link #of(String)}).
	 */
	public static @Nullable String relative(@Nullable String path) {
		if (path == null || !path.startsWith("/") || path.startsWith("//")) {
			return null;
		}
		return of(path);
	}

	/** {@link #of(String)}, or the fallback. */
	public static String orElse(@Nullable String link, String fallback) {
		String path = of(link);
		return (path != null) ? path : fallback;
	}

}
