package org.fanloop.search;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.CommentAdded;
import org.fanloop.posts.PostCreated;
import org.fanloop.posts.PostDeleted;
import org.fanloop.posts.PostService;
import org.fanloop.posts.PostStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Keeps the index current and answers searches. A post's document is written again from
 * the database after each change to its words, status or comments, by listeners of the
 * event publication registry: they run after the change committed and, if the node dies
 * first, again after its restart, so the index catches up with every acknowledged change.
 * Each node keeps its own index; the other nodes hear of the change through the broadcast
 * ({@link PostTextChanged}) and read the post themselves. An index that is missing or of
 * an older schema is rebuilt in the background when the node is ready; searches meanwhile
 * find what is indexed so far.
 */
@Service
public class SearchService {

	private static final Logger log = LoggerFactory.getLogger(SearchService.class);

	private static final int REBUILD_PAGE = 1000;

	private final PostIndex index;

	private final PostService posts;

	private final ApplicationEventPublisher events;

	SearchService(PostIndex index, PostService posts, ApplicationEventPublisher events) {
		this.index = index;
		this.posts = posts;
		this.events = events;
	}

	SearchPage search(SearchQuery query) {
		return index.search(query);
	}

	/**
	 * Builds the index again from the database, in this thread; returns the number of
	 * posts indexed, or -1 if a rebuild is running already.
	 */
	long rebuild() {
		return index.rebuild(after -> posts.texts(after, REBUILD_PAGE));
	}

	/** The index's state: whether it is being rebuilt and how many posts it holds. */
	public record IndexState(boolean rebuilding, int indexed) {
	}

	IndexState state() {
		return new IndexState(index.rebuilding(), index.size());
	}

	/**
	 * Starts rebuilding the index from the database in the background (admins only);
	 * searches meanwhile find what is indexed so far.
	 */
	IndexState startRebuild(SignedInMember actor) {
		if (!actor.admin()) {
			throw new AccessDeniedException("Only admins rebuild the search index.");
		}
		rebuildInBackground();
		return new IndexState(true, index.size());
	}

	/**
	 * At start-up: an index that is missing, of an older schema or not this database's
	 * (other post count or highest id) is built again.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void rebuildIfNeeded() {
		long[] census = posts.census();
		if (index.needsRebuild() || !index.matches(census[0], census[1])) {
			rebuildInBackground();
		}
	}

	private void rebuildInBackground() {
		Thread.ofVirtual().name("search-rebuild").start(() -> {
			try {
				rebuild();
			}
			catch (RuntimeException ex) {
				log.error("Rebuilding the search index failed; searches find only what was indexed", ex);
			}
		});
	}

	@ApplicationModuleListener
	void on(PostCreated created) {
		events.publishEvent(new PostTextChanged(created.postId()));
	}

	@ApplicationModuleListener
	void on(PostStatusChanged changed) {
		events.publishEvent(new PostTextChanged(changed.postId()));
	}

	@ApplicationModuleListener
	void on(CommentAdded added) {
		events.publishEvent(new PostTextChanged(added.postId()));
	}

	@ApplicationModuleListener
	void on(PostDeleted deleted) {
		events.publishEvent(new PostTextChanged(deleted.postId()));
	}

	/**
	 * Writes the post's document again from the database: here, within the listener above
	 * (so a crash re-delivers it), and on every other node when the broadcast arrives.
	 */
	@EventListener
	void reindex(PostTextChanged changed) {
		long postId = changed.postId();
		posts.text(postId).ifPresentOrElse(text -> index.put(java.util.List.of(text)), () -> index.remove(postId));
	}

}
