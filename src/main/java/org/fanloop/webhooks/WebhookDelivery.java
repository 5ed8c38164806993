package org.fanloop.webhooks;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One delivery of an event to a webhook, as the delivery log shows it.
 */
public record WebhookDelivery(long id, long webhookId, String event, String state, int attempts,
		@Nullable Integer lastStatus, @Nullable String lastError, Instant createdAt, Instant nextAttemptAt,
		@Nullable Instant deliveredAt) {
}
