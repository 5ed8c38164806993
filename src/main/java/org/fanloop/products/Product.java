package org.fanloop.products;

import java.time.Instant;

/**
 * A product and its board.
 */
public record Product(long id, String slug, String name, String description, Instant createdAt) {
}
