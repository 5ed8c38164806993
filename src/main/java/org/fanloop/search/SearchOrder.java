package org.fanloop.search;

import java.util.Locale;

/** How results are ordered: best match, most votes or newest first. */
enum SearchOrder {

	RELEVANCE, VOTES, NEWEST;

	static SearchOrder of(String value) {
		for (SearchOrder order : values()) {
			if (order.name().toLowerCase(Locale.ROOT).equals(value)) {
				return order;
			}
		}
		throw new InvalidSearchRequest("sort", "is relevance, votes or newest");
	}

}
