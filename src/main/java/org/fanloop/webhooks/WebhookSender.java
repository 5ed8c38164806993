package org.fanloop.webhooks;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLException;

import org.fanloop.web.Refused;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
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
class WebhookSender implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	private static final int BATCH = 20;

	static final int ATTEMPTS = 8;

	private final Webhooks webhooks;

	private final TransactionTemplate transactions;

	private final WebhookSettings settings;

	private final WebhookTargets targets;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	WebhookSender(Webhooks webhooks, TransactionTemplate transactions, WebhookSettings settings,
			WebhookTargets targets) {
		this.webhooks = webhooks;
		this.transactions = transactions;
		this.settings = settings;
		this.targets = targets;
	}

	private final AtomicBoolean running = new AtomicBoolean();

	/**
	 * At a fixed rate, each round on its own thread, skipped while the last one runs: a
	 * fixed delay would run it on the scheduler's one thread, behind every other worker
	 * (see notifications' Worker).
	 */
	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedRateTask(() -> {
			if (running.compareAndSet(false, true)) {
				try {
					round();
				}
				finally {
					running.set(false);
				}
			}
		}, this.settings.workInterval());
	}

	/**
	 * Batches until none is full; a failing round is logged and the work waits in the
	 * database.
	 */
	void round() {
		try {
			while (step()) {
				// more to do
			}
		}
		catch (RuntimeException ex) {
			log.warn("Webhook deliveries failed; retrying in the next round", ex);
		}
	}

	/**
	 * Delivers one claimed batch; false when the batch was not full.
	 */
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
			// Again at every delivery: the name may resolve elsewhere than at
			// registration.
			targets.check(target.url());
		}
		catch (WebhookRefused ex) {
			failed(delivery, attempt, null, "Refused: the URL " + ex.reason() + ".");
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
						"t=" + timestamp + ",v1="
								+ WebhookSignature.sign(target.secret(), timestamp, delivery.payload()))
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
			failed(delivery, attempt, null, describe(ex));
		}
	}

	private void failed(Webhooks.Outgoing delivery, int attempt, @Nullable Integer status, String error) {
		Instant retry = (attempt < ATTEMPTS) ? Instant.now().plus(backoff(attempt)) : null;
		webhooks.failed(delivery.id(), attempt, status, error, retry);
	}

	/**
	 * What the delivery log says of a failure: its kind only. The exception's own text
	 * (host names, ports, addresses of the network around Fanloop) is for the server log.
	 */
	static String describe(Exception ex) {
		log.debug("Webhook delivery failed", ex);
		if (ex instanceof HttpTimeoutException) {
			return "Timed out";
		}
		if (ex instanceof ConnectException) {
			return "Could not connect";
		}
		if (ex instanceof SSLException) {
			return "TLS handshake failed";
		}
		if (ex instanceof IOException) {
			return "Connection failed";
		}
		return "Not sent";
	}

	/** 10 s after the first failed attempt, three times longer after each next one. */
	static Duration backoff(int failedAttempts) {
		return Duration.ofSeconds(10L * (long) Math.pow(3, failedAttempts - 1));
	}

}
