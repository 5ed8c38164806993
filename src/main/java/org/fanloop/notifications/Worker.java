package org.fanloop.notifications;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * A background worker of this module: every {@code interval} it takes steps until there
 * is nothing left to do. A failing step is logged and taken again in the next round; the
 * work itself stays in the database, so nothing is lost.
 */
abstract class Worker implements SchedulingConfigurer {

	private final Logger log = LoggerFactory.getLogger(getClass());

	private final Duration interval;

	Worker(Duration interval) {
		this.interval = interval;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::round, interval);
	}

	void round() {
		try {
			while (step()) {
				// more to do
			}
		}
		catch (RuntimeException ex) {
			log.warn("{} failed; retrying in its next round", getClass().getSimpleName(), ex);
		}
	}

	/**
	 * One unit of work (a batch, in its own transaction); false when there is no more for
	 * now.
	 */
	abstract boolean step();

}
