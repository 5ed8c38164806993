package org.fanloop.webhooks;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks go out.
 *
 * @param allowedHosts receivers allowed although they are not on the public internet:
 * host names (exactly, {@code hooks.corp.example}) or addresses and CIDR ranges
 * ({@code 10.20.0.0/16}); empty by default, so loopback, private, link-local,
 * unique-local, multicast and cloud metadata addresses are refused
 * @param workInterval pause between rounds of the sender
 * @param claimTimeout a delivery claimed by a node that died is sent again after this
 * long
 */
@ConfigurationProperties("fanloop.webhooks")
record WebhookSettings(@DefaultValue List<String> allowedHosts, @DefaultValue("250ms") Duration workInterval,
		@DefaultValue("2m") Duration claimTimeout) {
}
