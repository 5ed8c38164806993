package org.fanloop.search;

import java.util.List;

import org.fanloop.web.Refused;
import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.CommentAdded;
import org.fanloop.posts.PostCreated;
import org.fanloop.posts.PostDeleted;
import org.fanloop.posts.PostEdited;
import org.fanloop.posts.PostModerated;
import org.fanloop.posts.PostRetriaged;
import org.fanloop.posts.PostService;
import org.fanloop.posts.PostStatusChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index current and answers searches. A post's document is written again from
 * the database after each change to its words, status or comments, by listeners of the
 * event publication registry: they run after the change committed and, if the node dies
 * first, again after its restart, so the index catches up with every acknowledged change.
 * Each node keeps its own index; the other nodes hear of the change through the broadcast
 * ({@link PostTextChanged}) and read the post themselves. The listeners run outside a
 * transaction (unlike the other modules' {@code @ApplicationModuleListener}s): reading
 * the post takes a connection for a moment, and none is held while the post's meaning is
 * worked out (milliseconds each; seconds while the model loads, when 3,679 posts at once
 * held all twenty connections and the other listeners timed out). An index that is
 * missing or of an older schema is rebuilt in the background when the node is ready;
 * searches meanwhile find what is indexed so far.
 */
@Service
public class SearchService {

	private static final Logger log = LoggerFactory.getLogger(SearchService.class);

	private static final int REBUILD_PAGE = 1000;

	private static final int MEANING_PAGE = 100;

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

	/** The most similar posts of a product to a text, best first; see PostIndex. */
	public List<SimilarPost> similar(long productId, Draft draft, int limit, @Nullable Long excluded) {
		return index.similar(productId, draft, limit, excluded);
	}

	/**
	 * Builds the index again from the database, in this thread; returns the number of
	 * posts indexed, or -1 if a rebuild is running already.
	 */
	public long rebuild() {
		long indexed = index.rebuild(after -> posts.texts(after, REBUILD_PAGE));
		if (indexed >= 0) {
			fillMeanings();
		}
		return indexed;
	}

	/**
	 * Gives the posts indexed without a meaning theirs, in this thread (see
	 * PostIndex.fillMeanings); pages of a hundred, so a post that changes meanwhile waits
	 * for its page at most a few seconds.
	 */
	long fillMeanings() {
		return index.fillMeanings(after -> posts.texts(after, MEANING_PAGE));
	}

	/**
	 * The index's state: whether it is being rebuilt (or its meanings filled in), how
	 * many posts it holds and how many of them were given their meaning.
	 */
	public record IndexState(boolean rebuilding, int indexed, int meant) {
	}

	IndexState state() {
		return new IndexState(index.rebuilding(), index.size(), index.meant());
	}

	/**
	 * Starts rebuilding the index from the database in the background (admins only);
	 * searches meanwhile find what is indexed so far.
	 */
	IndexState startRebuild(SignedInMember actor) {
		if (!actor.admin()) {
			throw new Refused(Words.of("admins-search-rebuild"));
		}
		rebuildInBackground();
		return new IndexState(true, index.size(), index.meant());
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
		else if (index.meaningsEnabled() && index.meant() < index.size()) {
			Thread.ofVirtual().name("search-meanings").start(() -> {
				try {
					fillMeanings();
				}
				catch (RuntimeException ex) {
					log.error("Giving posts their meaning failed; they are found by their words", ex);
				}
			});
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

	@Async
	@TransactionalEventListener
	void on(PostCreated created) {
		events.publishEvent(new PostTextChanged(created.postId()));
	}

	@Async
	@TransactionalEventListener
	void on(PostStatusChanged changed) {
		events.publishEvent(new PostTextChanged(changed.postId()));
	}

	@Async
	@TransactionalEventListener
	void on(CommentAdded added) {
		events.publishEvent(new PostTextChanged(added.postId()));
	}

	@Async
	@TransactionalEventListener
	void on(PostRetriaged retriaged) {
		events.publishEvent(new PostTextChanged(retriaged.postId()));
	}

	@Async
	@TransactionalEventListener
	void on(PostEdited edited) {
		events.publishEvent(new PostTextChanged(edited.postId()));
	}

	@Async
	@TransactionalEventListener
	void on(PostModerated moderated) {
		events.publishEvent(new PostTextChanged(moderated.postId()));
	}

	@Async
	@TransactionalEventListener
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
		posts.text(postId).ifPresentOrElse(text -> index.put(List.of(text)), () -> index.remove(postId));
	}

}
