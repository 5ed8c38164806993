package org.fanloop.notifications;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * A background worker of this module: every {@code interval} it takes steps until there
 * is nothing left to do. A failing step is logged and taken again in the next round; the
 * work itself stays in the database, so nothing is lost.
 *
 * <p>
 * Each round runs on its own (virtual) thread, started at a fixed rate and skipped while
 * the worker's previous round still runs. With a fixed delay, Spring's scheduler for
 * virtual threads runs every such task on its one scheduler thread, so one long round
 * held up all the others: on H2 with 100,000 generated posts, the inbox retention's first
 * pass kept a beta's fan-out from starting for five minutes (benchmark).
 */
abstract class Worker implements SchedulingConfigurer {

	private final Logger log = LoggerFactory.getLogger(getClass());

	private final Duration interval;

	Worker(Duration interval) {
		this.interval = interval;
	}

	private final AtomicBoolean running = new AtomicBoolean();

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedRateTask(this::tick, interval);
	}

	void tick() {
		if (!running.compareAndSet(false, true)) {
			return;
		}
		try {
			round();
		}
		finally {
			running.set(false);
		}
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
