package org.fanloop.cluster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The per-node caches and how they learn that an entry went stale. A module that keeps a
 * cache registers how to forget an entry, and says {@link #stale} in the transaction that
 * changes what the entry holds: the entry is forgotten on this node once that transaction
 * commits, and on every other node when the {@link BroadcastRelay} delivers the
 * {@link CacheStale} (RabbitMQ, usually within milliseconds). Without a relay only this
 * node forgets; each cache says how long others may keep the old entry then.
 */
@Component
public class NodeCaches {

	/** The key that forgets every entry of a cache. */
	public static final String ALL = "*";

	private final Map<String, Consumer<String>> caches = new ConcurrentHashMap<>();

	private final ApplicationEventPublisher events;

	NodeCaches(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * Registers a cache by a name unique among them; {@code forget} gets an entry's key
	 * or {@link #ALL}.
	 */
	public void register(String cache, Consumer<String> forget) {
		if (caches.putIfAbsent(cache, forget) != null) {
			throw new IllegalStateException("Two caches are called " + cache);
		}
	}

	/**
	 * Registers a Caffeine cache whose keys are {@code key} of the entry's key as said in
	 * {@link #stale} (e.g. {@code Long::parseLong}).
	 */
	public <K> void register(String cache, Cache<K, ?> entries, Function<String, K> key) {
		register(cache, stale -> {
			if (ALL.equals(stale)) {
				entries.invalidateAll();
			}
			else {
				entries.invalidate(key.apply(stale));
			}
		});
	}

	/** The entry is stale on every node once the current transaction commits. */
	public void stale(String cache, String key) {
		if (!caches.containsKey(cache)) {
			throw new IllegalArgumentException("No cache is called " + cache);
		}
		AfterCommit.run(() -> events.publishEvent(new CacheStale(cache, key)));
	}

	@EventListener
	void forget(CacheStale stale) {
		Consumer<String> forget = caches.get(stale.cache());
		if (forget != null) {
			forget.accept(stale.key());
		}
	}

	/**
	 * Forgets every entry of every cache on this node, for when it may have missed what
	 * others said (its broadcast queue was lost with the connection).
	 */
	void forgetAll() {
		caches.values().forEach(forget -> forget.accept(ALL));
	}

}
