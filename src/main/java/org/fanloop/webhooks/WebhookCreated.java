package org.fanloop.webhooks;

/**
 * A registered webhook with its secret, shown this once.
 */
public record WebhookCreated(Webhook webhook, String secret) {
}
