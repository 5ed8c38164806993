package org.fanloop.products;

import java.time.Instant;

/**
 * A product and its board.
 *
 * @param unverifiedMay what members who have not verified their email may do on the board
 * beyond reading and voting
 */
public record Product(long id, String slug, String name, String description, Instant createdAt,
		UnverifiedMay unverifiedMay) {
}
