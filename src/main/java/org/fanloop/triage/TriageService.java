package org.fanloop.triage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.liblinear.Feature;
import org.fanloop.web.Refused;
import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.meanings.Meanings;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostCreated;
import org.fanloop.posts.PostKind;
import org.fanloop.posts.PostService;
import org.fanloop.posts.PostText;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Suggests each new post's kind and product, and learns from staff. The classifiers are
 * trained from the stored labels (the newest {@link #TRAINING_LIMIT}) off the request
 * path: every few minutes when the labels changed, or when an admin asks. They live in
 * each node's memory (a per-node decision: they are rebuilt from the shared labels, which
 * every node checks on the same schedule, so nodes agree within one period); until the
 * first labels exist, nothing is suggested.
 * <p>
 * The kind is told by the words (n-grams, once for all products and once for the post's
 * own) and, where the model runs, by the text's meaning ({@link Meanings}); the product
 * by the words alone. Without the model (turned off, not loaded, or Chinese text) the
 * classifiers learn and guess without meanings.
 */
@Service
public class TriageService {

	private static final Logger log = LoggerFactory.getLogger(TriageService.class);

	/**
	 * Enough to learn from, few enough to train in seconds within the heap: a post's
	 * vector holds about 3,000 features of some 40 bytes each while training.
	 */
	static final int TRAINING_LIMIT = 5_000;

	private final TriageStore store;

	private final PostService posts;

	private final ProductService products;

	private final Meanings meanings;

	/**
	 * The meanings of the labelled posts, so retraining runs the model only for new
	 * labels (about 1.5 kB each; a node's own cache, like the classifiers: the same text
	 * has the same vector on every node). Keyed by post and text, so an edited post is
	 * given its meaning again.
	 */
	private final Cache<LabelText, Optional<float[]>> labelMeanings = Caffeine.newBuilder()
		.maximumSize(TRAINING_LIMIT * 2L)
		.build();

	private record LabelText(long postId, int text) {
	}

	private volatile Models models = new Models(null, null, "none", null, 0, Duration.ZERO);

	TriageService(TriageStore store, PostService posts, ProductService products, Meanings meanings) {
		this.store = store;
		this.posts = posts;
		this.products = products;
		this.meanings = meanings;
	}

	/** The classifiers in use and the labels they learnt from. */
	private record Models(@Nullable Classifier<PostKind> kind, @Nullable Classifier<Long> product, String version,
			@Nullable Instant trainedAt, int examples, Duration took) {
	}

	/** What the admin page and API show of the classifiers. */
	public record TriageState(@Nullable Instant trainedAt, int examples, long trainingMillis) {
	}

	TriageState state() {
		Models current = models;
		return new TriageState(current.trainedAt(), current.examples(), current.took().toMillis());
	}

	/**
	 * Outside a transaction, unlike the other modules' listeners: giving the text its
	 * meaning takes milliseconds of CPU, and a hundred new posts' listeners holding
	 * connections meanwhile would starve the pool (as they did for search).
	 */
	@Async
	@TransactionalEventListener
	void on(PostCreated created) {
		suggestFor(created.postId());
	}

	/**
	 * Stores the classifiers' suggestion for the post (none before the first training).
	 */
	void suggestFor(long postId) {
		Models current = models;
		if (current.kind() == null) {
			return;
		}
		Optional<PostText> text = posts.text(postId);
		if (text.isEmpty()) {
			return;
		}
		Feature[] features = Features.of(text.get().title(), text.get().body());
		Classifier.Guess<PostKind> kind = current.kind()
			.guess(Features.forKind(features, text.get().productId(),
					meanings.of(text.get().title(), text.get().body()).orElse(null)));
		Classifier.Guess<Long> product = (current.product() == null) ? null : current.product().guess(features);
		store.suggest(postId, kind.label(), kind.confidence(), (product == null) ? null : product.label(),
				(product == null) ? null : product.confidence(), Instant.now());
	}

	/** The suggestion for a post, for staff of its product; empty when none was made. */
	public Optional<Suggestion> suggestion(long postId, SignedInMember actor) {
		Post post = posts.get(postId, actor);
		products.requireStaff(post.productId(), actor, "see triage suggestions");
		return store.suggestion(postId).map(this::shown);
	}

	/**
	 * Staff say what the post is (one click on the suggestion, or another kind or
	 * product): the post changes accordingly and the answer is kept as a label.
	 */
	@Transactional
	public Post correct(long postId, Correction correction, SignedInMember actor) {
		Post post = posts.get(postId, actor);
		long productId = (correction.product() == null || correction.product().isBlank()) ? post.productId()
				: products.get(correction.product()).id();
		PostKind kind = PostKind.of(correction.kind());
		Post corrected = posts.retriage(postId, kind, productId, actor);
		store.label(postId, kind, productId, actor.id(), Instant.now());
		return corrected;
	}

	/**
	 * The stored suggestion with its products' slugs (the one or two it names, not all).
	 */
	private Suggestion shown(TriageStore.Stored stored) {
		return new Suggestion(stored.postId(), stored.kind(), stored.kindConfidence(), slug(stored.productId()),
				stored.productConfidence(), stored.labelledKind(), slug(stored.labelledProduct()));
	}

	private @Nullable String slug(@Nullable Long productId) {
		return (productId == null) ? null : products.get(productId).slug();
	}

	/** Trains the classifiers again from the stored labels, in this thread. */
	public synchronized TriageState retrain() {
		long started = System.nanoTime();
		String version = store.labelsVersion();
		List<TriageStore.Label> labels = store.labels(TRAINING_LIMIT);
		List<Classifier.Example<PostKind>> kinds = new ArrayList<>(labels.size());
		List<Classifier.Example<Long>> productExamples = new ArrayList<>(labels.size());
		for (TriageStore.Label label : labels) {
			Feature[] features = Features.of(label.title(), label.body());
			float[] meaning = labelMeanings
				.get(new LabelText(label.postId(), (label.title() + "\n" + label.body()).hashCode()),
						key -> meanings.of(label.title(), label.body()))
				.orElse(null);
			kinds.add(new Classifier.Example<>(Features.forKind(features, label.productId(), meaning), label.kind()));
			productExamples.add(new Classifier.Example<>(features, label.productId()));
		}
		Classifier<PostKind> kind = Classifier.train(kinds, Features.KIND_DIMENSIONS);
		Classifier<Long> product = (products.all().size() > 1) ? Classifier.train(productExamples, Features.DIMENSIONS)
				: null;
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		models = new Models(kind, product, version, Instant.now(), labels.size(), took);
		log.info("Triage trained on {} labels in {} ms", labels.size(), took.toMillis());
		return state();
	}

	/**
	 * Retrains when the labels changed since the last training (every node, on its own).
	 */
	@Scheduled(initialDelayString = "${fanloop.triage.first-training}",
			fixedDelayString = "${fanloop.triage.retrain-every}")
	void retrainIfLabelled() {
		try {
			if (!store.labelsVersion().equals(models.version())) {
				retrain();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Retraining triage failed; the previous classifiers stay", ex);
		}
	}

	/** An admin asks for a retraining now; it runs in the background. */
	TriageState startRetrain(SignedInMember actor) {
		if (!actor.admin()) {
			throw new Refused(Words.of("admins-retrain"));
		}
		Thread.ofVirtual().name("triage-retrain").start(() -> {
			try {
				retrain();
			}
			catch (RuntimeException ex) {
				log.warn("Retraining triage failed; the previous classifiers stay", ex);
			}
		});
		return state();
	}

	/** The page's view of a suggestion: staff only. */
	Map<String, Object> pageAttributes(Post post, @Nullable SignedInMember viewer) {
		if (viewer == null || !products.isStaff(post.productId(), viewer)) {
			return Map.of();
		}
		return store.suggestion(post.id())
			.<Map<String, Object>>map(stored -> Map.of("triage", shown(stored)))
			.orElse(Map.of());
	}

}
