package org.fanloop.notifications;

import java.util.Optional;

import org.fanloop.releases.Delivery;
import org.fanloop.releases.DeliveryProgress;

import org.springframework.stereotype.Component;

/**
 * Tells the releases module how far a build's fan-out has got.
 */
@Component
class BuildNotificationProgress implements DeliveryProgress {

	private final Fanouts fanouts;

	BuildNotificationProgress(Fanouts fanouts) {
		this.fanouts = fanouts;
	}

	@Override
	public Optional<Delivery> of(long buildId) {
		return fanouts.ofBuild(buildId)
			.map(progress -> new Delivery(progress.notified(), "done".equals(progress.phase()), progress.phase()));
	}

}
