package org.fanloop.notifications;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.fanloop.accounts.SignedInMember;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Admins register webhooks and read their delivery logs.
 */
@Service
public class WebhookService {

	private final Webhooks webhooks;

	WebhookService(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	/**
	 * Registers a webhook; the secret (given, or made here) is returned this once.
	 */
	@Transactional
	public WebhookCreated register(NewWebhook hook, @Nullable SignedInMember actor) {
		requireAdmin(actor);
		String secret = (hook.secret() != null) ? hook.secret() : randomSecret();
		long id = webhooks.insert(hook.url().strip(), secret, actor.username(), Instant.now());
		return new WebhookCreated(webhooks.byId(id).orElseThrow(), secret);
	}

	public List<Webhook> all(@Nullable SignedInMember actor) {
		requireAdmin(actor);
		return webhooks.all();
	}

	@Transactional
	public void remove(long id, @Nullable SignedInMember actor) {
		requireAdmin(actor);
		if (!webhooks.delete(id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no webhook " + id + ".");
		}
	}

	/**
	 * The webhook's latest deliveries, newest first.
	 */
	public List<WebhookDelivery> deliveries(long id, @Nullable SignedInMember actor) {
		requireAdmin(actor);
		webhooks.byId(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no webhook " + id + "."));
		return webhooks.deliveries(id, 100);
	}

	private static void requireAdmin(@Nullable SignedInMember actor) {
		if (actor == null) {
			throw new AuthenticationCredentialsNotFoundException("Sign in first: only admins manage webhooks.");
		}
		if (!actor.admin()) {
			throw new AccessDeniedException("Only admins manage webhooks.");
		}
	}

	private static String randomSecret() {
		byte[] secret = new byte[24];
		new SecureRandom().nextBytes(secret);
		return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

}
