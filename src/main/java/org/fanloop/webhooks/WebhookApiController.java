package org.fanloop.webhooks;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.fanloop.accounts.SignedInMember;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhooks for admins' API clients.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks")
class WebhookApiController {

	private final WebhookService webhooks;

	WebhookApiController(WebhookService webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping
	@Operation(summary = "All webhooks (admin)")
	List<Webhook> all(@AuthenticationPrincipal SignedInMember me) {
		return webhooks.all(me);
	}

	@PostMapping
	@Operation(summary = "Register a webhook (admin); the answer shows its secret this once")
	ResponseEntity<WebhookCreated> register(@Valid @RequestBody NewWebhook hook,
			@AuthenticationPrincipal SignedInMember me) {
		WebhookCreated created = webhooks.register(hook, me);
		return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.webhook().id())).body(created);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Remove a webhook and its delivery log (admin)")
	ResponseEntity<Void> remove(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		webhooks.remove(id, me);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/deliveries")
	@Operation(summary = "The webhook's latest deliveries, newest first (admin)")
	List<WebhookDelivery> deliveries(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		return webhooks.deliveries(id, me);
	}

}
