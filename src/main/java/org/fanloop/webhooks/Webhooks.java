package org.fanloop.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The webhooks and webhook_deliveries tables.
 */
@Repository
class Webhooks {

	private static final String DELIVERY_COLUMNS = """
			id, webhook_id, event, state, attempts, last_status, last_error, created_at, next_attempt_at, delivered_at""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	Webhooks(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	long insert(String url, String secret, String createdBy, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into webhooks (url, secret, active, created_by_name, created_at)
				values (:url, :secret, true, :by, :now)""")
			.param("url", url)
			.param("secret", secret)
			.param("by", createdBy)
			.param("now", utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	List<Webhook> all() {
		return jdbc.sql("select id, url, active, created_by_name, created_at from webhooks order by id")
			.query(Webhooks::webhook)
			.list();
	}

	Optional<Webhook> byId(long id) {
		return jdbc.sql("select id, url, active, created_by_name, created_at from webhooks where id = :id")
			.param("id", id)
			.query(Webhooks::webhook)
			.optional();
	}

	Optional<Target> target(long id) {
		return jdbc.sql("select url, secret from webhooks where id = :id")
			.param("id", id)
			.query((rs, row) -> new Target(rs.getString("url"), rs.getString("secret")))
			.optional();
	}

	List<Long> activeIds() {
		return jdbc.sql("select id from webhooks where active = true").query(Long.class).list();
	}

	boolean delete(long id) {
		return jdbc.sql("delete from webhooks where id = :id").param("id", id).update() > 0;
	}

	void enqueue(List<Long> webhookIds, String event, String payload, Instant now) {
		batches.batchUpdate(
				"""
						insert into webhook_deliveries (webhook_id, event, payload, state, attempts, next_attempt_at, created_at)
						values (:hook, :event, :payload, 'pending', 0, :now, :now)""",
				webhookIds.stream()
					.map(hook -> new MapSqlParameterSource("hook", hook).addValue("event", event)
						.addValue("payload", payload)
						.addValue("now", utc(now)))
					.toArray(MapSqlParameterSource[]::new));
	}

	/**
	 * Claims due deliveries (rows another node claimed are skipped); one stuck in sending
	 * after a crash is due again once its claim is old.
	 */
	List<Outgoing> claimDue(int limit, Instant now, Instant staleClaim) {
		List<Outgoing> due = jdbc.sql("""
				select id, webhook_id, event, payload, attempts from webhook_deliveries
				where (state = 'pending' and next_attempt_at <= :now)
				   or (state = 'sending' and claimed_at <= :stale)
				order by id limit :limit
				for update skip locked""")
			.param("now", utc(now))
			.param("stale", utc(staleClaim))
			.param("limit", limit)
			.query((rs, row) -> new Outgoing(rs.getLong("id"), rs.getLong("webhook_id"), rs.getString("event"),
					rs.getString("payload"), rs.getInt("attempts")))
			.list();
		if (!due.isEmpty()) {
			jdbc.sql("update webhook_deliveries set state = 'sending', claimed_at = :now where id in (:ids)")
				.param("now", utc(now))
				.param("ids", due.stream().map(Outgoing::id).toList())
				.update();
		}
		return due;
	}

	void delivered(long id, int attempts, int status, Instant now) {
		jdbc.sql("""
				update webhook_deliveries set state = 'delivered', attempts = :attempts, last_status = :status,
				                              last_error = null, delivered_at = :now
				where id = :id""")
			.param("id", id)
			.param("attempts", attempts)
			.param("status", status)
			.param("now", utc(now))
			.update();
	}

	/**
	 * Records a failed attempt: due again at {@code retryAt}, or failed for good when
	 * that is {@code null}.
	 */
	void failed(long id, int attempts, @Nullable Integer status, String error, @Nullable Instant retryAt) {
		jdbc.sql("""
				update webhook_deliveries set state = :state, attempts = :attempts, last_status = :status,
				                              last_error = :error
				where id = :id""")
			.param("id", id)
			.param("state", (retryAt != null) ? "pending" : "failed")
			.param("attempts", attempts)
			.param("status", status)
			.param("error", (error.length() > 500) ? error.substring(0, 500) : error)
			.update();
		if (retryAt != null) {
			jdbc.sql("update webhook_deliveries set next_attempt_at = :next where id = :id")
				.param("id", id)
				.param("next", utc(retryAt))
				.update();
		}
	}

	List<WebhookDelivery> deliveries(long webhookId, int limit) {
		return jdbc
			.sql("select " + DELIVERY_COLUMNS
					+ " from webhook_deliveries where webhook_id = :hook order by id desc limit :limit")
			.param("hook", webhookId)
			.param("limit", limit)
			.query(Webhooks::delivery)
			.list();
	}

	private static Webhook webhook(ResultSet rs, int row) throws SQLException {
		return new Webhook(rs.getLong("id"), rs.getString("url"), rs.getBoolean("active"),
				rs.getString("created_by_name"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private static WebhookDelivery delivery(ResultSet rs, int row) throws SQLException {
		int status = rs.getInt("last_status");
		Integer lastStatus = rs.wasNull() ? null : status;
		OffsetDateTime delivered = rs.getObject("delivered_at", OffsetDateTime.class);
		return new WebhookDelivery(rs.getLong("id"), rs.getLong("webhook_id"), rs.getString("event"),
				rs.getString("state"), rs.getInt("attempts"), lastStatus, rs.getString("last_error"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(),
				(delivered != null) ? delivered.toInstant() : null);
	}

	record Outgoing(long id, long webhookId, String event, String payload, int attempts) {
	}

	record Target(String url, String secret) {
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
