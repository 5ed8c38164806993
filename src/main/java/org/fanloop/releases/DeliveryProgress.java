package org.fanloop.releases;

import java.util.Optional;

/**
 * The progress of a build's notifications, offered by the notifications module (which
 * depends on releases, not the other way round).
 */
public interface DeliveryProgress {

	Optional<Delivery> of(long buildId);

}
