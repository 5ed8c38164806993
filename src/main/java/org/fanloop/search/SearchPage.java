package org.fanloop.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A page of results and the cursor of the next, if there is one. */
public record SearchPage(List<SearchHit> items, @Nullable String nextCursor) {
}
