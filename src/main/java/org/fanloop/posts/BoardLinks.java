package org.fanloop.posts;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The board's links for the page: the same board with one choice changed. Parameters left
 * at their default (no status, no kind) are left out rather than sent empty.
 */
public record BoardLinks(String slug, BoardQuery query) {

	public String sort(BoardSort sort) {
		return link(sort, query.status(), query.kind(), null);
	}

	public String status(@Nullable PostStatus status) {
		return link(query.sort(), status, query.kind(), null);
	}

	public String kind(@Nullable PostKind kind) {
		return link(query.sort(), query.status(), kind, null);
	}

	public String more(String cursor) {
		return link(query.sort(), query.status(), query.kind(), cursor);
	}

	private String link(BoardSort sort, @Nullable PostStatus status, @Nullable PostKind kind, @Nullable String cursor) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/products/{slug}").queryParam("sort", sort.value());
		if (status != null) {
			link.queryParam("status", status.value());
		}
		if (kind != null) {
			link.queryParam("kind", kind.value());
		}
		if (cursor != null) {
			link.queryParam("cursor", cursor);
		}
		return link.encode().buildAndExpand(slug).toUriString();
	}

}
