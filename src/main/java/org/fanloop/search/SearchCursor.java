package org.fanloop.search;

import org.fanloop.web.Words;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * Where a page of results ended: the last hit's sort value (its score, votes or creation
 * time) and its post id, so the next page starts right after it.
 */
record SearchCursor(double value, long postId) {

	String encoded() {
		ByteBuffer bytes = ByteBuffer.allocate(16).putDouble(value).putLong(postId);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
	}

	static SearchCursor decode(String cursor) {
		try {
			byte[] bytes = Base64.getUrlDecoder().decode(cursor);
			if (bytes.length != 16) {
				throw new IllegalArgumentException("length");
			}
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			return new SearchCursor(buffer.getDouble(), buffer.getLong());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSearchRequest("cursor", Words.of("search-cursor"));
		}
	}

}
