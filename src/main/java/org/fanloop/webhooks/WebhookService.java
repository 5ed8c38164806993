package org.fanloop.webhooks;

import java.time.Instant;
import java.util.List;

import org.fanloop.web.Refused;
import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.web.Secrets;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins register webhooks and read their delivery logs.
 */
@Service
public class WebhookService {

	private final Webhooks webhooks;

	private final WebhookTargets targets;

	WebhookService(Webhooks webhooks, WebhookTargets targets) {
		this.webhooks = webhooks;
		this.targets = targets;
	}

	/**
	 * Registers a webhook; the secret (given, or made here) is returned this once.
	 */
	@Transactional
	public WebhookCreated register(NewWebhook hook, @Nullable SignedInMember actor) {
		requireAdmin(actor);
		targets.check(hook.url());
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
			throw new WebhookNotFound(id);
		}
	}

	/**
	 * The webhook's latest deliveries, newest first.
	 */
	public List<WebhookDelivery> deliveries(long id, @Nullable SignedInMember actor) {
		webhook(id, actor);
		return webhooks.deliveries(id, 100);
	}

	/** One webhook; throws {@link WebhookNotFound}. */
	public Webhook webhook(long id, @Nullable SignedInMember actor) {
		requireAdmin(actor);
		return webhooks.byId(id).orElseThrow(() -> new WebhookNotFound(id));
	}

	private static void requireAdmin(@Nullable SignedInMember actor) {
		if (actor == null) {
			throw new AuthenticationCredentialsNotFoundException("Sign in first: only admins manage webhooks.");
		}
		if (!actor.admin()) {
			throw new Refused(Words.of("admins-webhooks"));
		}
	}

	private static String randomSecret() {
		return Secrets.randomToken("whsec_", 24);
	}

}
