package org.fanloop.notifications;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued webhook events: {@code POST} of the JSON with
 * {@code X-Fanloop-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}. A
 * 2xx answer delivers it; anything else is retried after 10 s, 30 s, 90 s … (×3 each
 * time, 8 attempts in all). Receivers may see an event twice after a crash:
 * {@code X-Fanloop-Delivery} and the payload's {@code id} tell them apart.
 */
@Component
class WebhookSender extends Worker {

	private static final int BATCH = 20;

	static final int ATTEMPTS = 8;

	private final Webhooks webhooks;

	private final TransactionTemplate transactions;

	private final NotificationSettings settings;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	WebhookSender(Webhooks webhooks, TransactionTemplate transactions, NotificationSettings settings) {
		super(settings.workInterval());
		this.webhooks = webhooks;
		this.transactions = transactions;
		this.settings = settings;
	}

	/**
	 * Delivers one claimed batch; false when the batch was not full.
	 */
	@Override
	boolean step() {
		Instant now = Instant.now();
		List<Webhooks.Outgoing> batch = transactions
			.execute(status -> webhooks.claimDue(BATCH, now, now.minus(settings.claimTimeout())));
		if (batch == null || batch.isEmpty()) {
			return false;
		}
		batch.forEach(this::deliver);
		return batch.size() == BATCH;
	}

	private void deliver(Webhooks.Outgoing delivery) {
		int attempt = delivery.attempts() + 1;
		Webhooks.Target target = webhooks.target(delivery.webhookId()).orElse(null);
		if (target == null) {
			return;
		}
		try {
			long timestamp = Instant.now().getEpochSecond();
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(target.url()))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json")
				.header("User-Agent", "Fanloop-Webhooks")
				.header("X-Fanloop-Event", delivery.event())
				.header("X-Fanloop-Delivery", String.valueOf(delivery.id()))
				.header("X-Fanloop-Signature",
						"t=" + timestamp + ",v1=" + sign(target.secret(), timestamp, delivery.payload()))
				.POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() / 100 == 2) {
				webhooks.delivered(delivery.id(), attempt, response.statusCode(), Instant.now());
			}
			else {
				failed(delivery, attempt, response.statusCode(), "HTTP " + response.statusCode());
			}
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			failed(delivery, attempt, null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private void failed(Webhooks.Outgoing delivery, int attempt, @Nullable Integer status, String error) {
		Instant retry = (attempt < ATTEMPTS) ? Instant.now().plus(backoff(attempt)) : null;
		webhooks.failed(delivery.id(), attempt, status, error, retry);
	}

	/** 10 s after the first failed attempt, three times longer after each next one. */
	static Duration backoff(int failedAttempts) {
		return Duration.ofSeconds(10L * (long) Math.pow(3, failedAttempts - 1));
	}

	/** The signature a receiver recomputes: hex HMAC-SHA256 of "{timestamp}.{body}". */
	static String sign(String secret, long timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every JVM has HmacSHA256", ex);
		}
	}

}
