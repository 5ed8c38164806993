package org.fanloop.webhooks;

import java.time.Instant;

/**
 * A webhook an admin registered: every post and build change is POSTed to its URL, signed
 * with its secret (never shown again after it was made).
 */
public record Webhook(long id, String url, boolean active, String createdBy, Instant createdAt) {
}
