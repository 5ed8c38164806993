package org.fanloop;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/**
 * An orderly stop lets the module listeners in flight finish. They run on the
 * application's task executor (virtual threads), which Spring otherwise never waits for:
 * a stop while the search module was reindexing a post left that event publication open
 * until the next start (the crash test's orderly stop found one once in a few dozen
 * runs). As the executor's task decorator (Spring Boot gives it the one decorator bean)
 * this counts the tasks running; when the context stops, after the web server has stopped
 * taking requests (its graceful shutdown runs in a higher phase) and before any bean is
 * destroyed, it waits for them, at most {@link #PATIENCE}. The executor itself stays
 * open: a stopped context may start again (Spring's tests pause the contexts they cache).
 */
@Component
class ListenerDrain implements SmartLifecycle, TaskDecorator {

	private static final Logger log = LoggerFactory.getLogger(ListenerDrain.class);

	static final Duration PATIENCE = Duration.ofSeconds(20);

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition idle = lock.newCondition();

	private int running;

	private volatile boolean started;

	@Override
	public Runnable decorate(Runnable task) {
		return () -> {
			change(1);
			try {
				task.run();
			}
			finally {
				change(-1);
			}
		};
	}

	private void change(int by) {
		lock.lock();
		try {
			running += by;
			if (running == 0) {
				idle.signalAll();
			}
		}
		finally {
			lock.unlock();
		}
	}

	@Override
	public void start() {
		started = true;
	}

	@Override
	public void stop() {
		started = false;
		long left = PATIENCE.toNanos();
		lock.lock();
		try {
			while (running > 0 && left > 0) {
				left = idle.awaitNanos(left);
			}
			if (running > 0) {
				log.warn("Stopping with {} listener tasks still running; their events are delivered again at the "
						+ "next start", running);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			lock.unlock();
		}
	}

	@Override
	public boolean isRunning() {
		return started;
	}

	@Override
	public int getPhase() {
		// Below the web server's graceful shutdown (DEFAULT_PHASE - 2048): stopped after
		// it.
		return DEFAULT_PHASE - 4096;
	}

}
