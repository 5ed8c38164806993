package org.fanloop.posts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a board page ended: the sort key and id of its last post. The next page starts
 * right after that position, so posts added or voted up above it meanwhile do not shift
 * the next page (as an offset would) and nothing is listed twice for that reason. A post
 * whose own rank crosses the position between two requests is listed where it now
 * belongs.
 *
 * <p>
 * Opaque to clients: base64url of {@code sort:key:id}.
 */
public record BoardCursor(BoardSort sort, double key, long id) {

	String encoded() {
		String key = (sort == BoardSort.TRENDING) ? Double.toString(this.key) : Long.toString((long) this.key);
		String plain = sort.value() + ":" + key + ":" + id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	long votes() {
		return (long) key;
	}

	static BoardCursor decode(String cursor) {
		try {
			String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			String[] parts = plain.split(":");
			if (parts.length != 3) {
				throw new IllegalArgumentException(plain);
			}
			BoardSort sort = BoardSort.of(parts[0]);
			double key = (sort == BoardSort.TRENDING) ? Double.parseDouble(parts[1]) : Long.parseLong(parts[1]);
			return new BoardCursor(sort, key, Long.parseLong(parts[2]));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFilter("cursor", cursor, "");
		}
	}

}
