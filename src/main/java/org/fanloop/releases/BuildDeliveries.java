package org.fanloop.releases;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Asks the module that notifies people (if there is one) how far a build's notifications
 * have got.
 */
@Component
class BuildDeliveries {

	private final List<DeliveryProgress> progress;

	BuildDeliveries(List<DeliveryProgress> progress) {
		this.progress = progress;
	}

	@Nullable Delivery of(long buildId) {
		return progress.stream().flatMap(source -> source.of(buildId).stream()).findFirst().orElse(null);
	}

}
