package org.fanloop.search;

import org.fanloop.web.Words;

import java.util.Locale;

/** How results are ordered: best match, most votes or newest first. */
public enum SearchOrder {

	RELEVANCE, VOTES, NEWEST;

	/** The order's name in URLs and the API. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static SearchOrder of(String value) {
		for (SearchOrder order : values()) {
			if (order.value().equals(value)) {
				return order;
			}
		}
		throw new InvalidSearchRequest("sort", Words.of("search-sort"));
	}

}
