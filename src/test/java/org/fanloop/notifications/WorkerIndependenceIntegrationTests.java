package org.fanloop.notifications;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.fanloop.FanloopIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One worker's long round holds up no other worker, and a worker never runs two rounds at
 * once: on the application's own scheduler (virtual threads), as in production.
 */
@FanloopIntegrationTest
class WorkerIndependenceIntegrationTests {

	@Autowired
	TaskScheduler scheduler;

	@Test
	void aLongRoundHoldsUpNoOtherWorkerAndDoesNotOverlapItself() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger slowRounds = new AtomicInteger();
		AtomicInteger fastSteps = new AtomicInteger();
		Worker slow = new Worker(Duration.ofMillis(20)) {
			@Override
			boolean step() {
				slowRounds.incrementAndGet();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return false;
			}
		};
		Worker fast = new Worker(Duration.ofMillis(20)) {
			@Override
			boolean step() {
				fastSteps.incrementAndGet();
				return false;
			}
		};
		ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
		registrar.setTaskScheduler(scheduler);
		slow.configureTasks(registrar);
		fast.configureTasks(registrar);
		registrar.afterPropertiesSet();
		try {
			await().atMost(Duration.ofSeconds(10)).until(() -> fastSteps.get() >= 20);
			assertThat(slowRounds.get()).as("one round at a time, however long it takes").isEqualTo(1);
		}
		finally {
			release.countDown();
			registrar.destroy();
		}
	}

}
