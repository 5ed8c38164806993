package org.fanloop.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications go out.
 *
 * @param baseUrl the address members reach Fanloop at, for links in emails and webhooks
 * @param mailFrom the sender of notification emails
 * @param batchSize members notified per fan-out transaction
 * @param workInterval pause between rounds of the fan-out and mail workers
 * @param claimTimeout an email claimed by a node that died is sent again after this long
 * @param keepRead read notifications are deleted from inboxes after this long
 * @param keepUnread unread ones after this long
 */
@ConfigurationProperties("fanloop.notifications")
record NotificationSettings(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("fanloop@localhost") String mailFrom, @DefaultValue("1000") int batchSize,
		@DefaultValue("250ms") Duration workInterval, @DefaultValue("2m") Duration claimTimeout,
		@DefaultValue("90d") Duration keepRead, @DefaultValue("365d") Duration keepUnread) {
}
