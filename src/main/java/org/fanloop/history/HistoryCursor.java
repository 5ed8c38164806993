package org.fanloop.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.fanloop.posts.PostActivity;
import org.jspecify.annotations.Nullable;

/**
 * Where a page of a member's history ends: the instant and key of its last item, opaque
 * to clients.
 */
final class HistoryCursor {

	private HistoryCursor() {
	}

	static String of(PostActivity last) {
		String raw = last.at().getEpochSecond() + "." + last.at().getNano() + "." + last.key();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
	}

	/** The point a cursor names; null for none; throws {@link InvalidHistoryCursor}. */
	static PostActivity.@Nullable Before parse(@Nullable String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("\\.");
			if (parts.length != 3) {
				throw new InvalidHistoryCursor();
			}
			return new PostActivity.Before(Instant.ofEpochSecond(Long.parseLong(parts[0]), Integer.parseInt(parts[1])),
					Long.parseLong(parts[2]));
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			throw new InvalidHistoryCursor();
		}
	}

}
