package org.fanloop.notifications;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps inboxes (and the notifications table) from growing forever: every hour it deletes
 * read notifications older than {@code keep-read} and all older than {@code keep-unread},
 * a few thousand per transaction. A release to 100,000 voters adds 100,000 rows.
 */
@Component
class InboxRetention extends Worker {

	private static final int BATCH = 5_000;

	private final Notifications notifications;

	private final TransactionTemplate transactions;

	private final NotificationSettings settings;

	InboxRetention(Notifications notifications, TransactionTemplate transactions, NotificationSettings settings) {
		super(Duration.ofHours(1));
		this.notifications = notifications;
		this.transactions = transactions;
		this.settings = settings;
	}

	@Override
	boolean step() {
		Instant now = Instant.now();
		Integer deleted = transactions.execute(status -> notifications.deleteOld(now.minus(settings.keepRead()),
				now.minus(settings.keepUnread()), BATCH));
		return deleted != null && deleted == BATCH;
	}

}
