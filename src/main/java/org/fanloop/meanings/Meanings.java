package org.fanloop.meanings;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What a post means, as a vector: all-MiniLM-L6-v2 (quantized, 384 numbers of length 1),
 * run in process on the CPU by ONNX Runtime. Two texts that say the same in other words
 * have vectors close together, which word matching misses: on the duplicate questions'
 * train split, similar posts by meaning alone found a duplicate among the first five for
 * 82% of queries where MoreLikeThis found one for 65%.
 * <p>
 * The model (23 MB) is loaded on first use, never at start-up, so starting stays as fast
 * as before. Requests never wait for it: until it is loaded they get similar posts by
 * words alone. The model reads English only, so a text with Chinese characters has no
 * vector (its similar posts are found by words). Off with
 * {@code fanloop.search.meanings=false}.
 * <p>
 * The vectors of the last texts asked for are kept a few minutes on this node: a new post
 * is given its meaning by search and by triage at about the same time, and the model runs
 * once (a node's own cache; nothing to tell other nodes, the same text always has the
 * same vector).
 */
@Component
public class Meanings {

	private static final Logger log = LoggerFactory.getLogger(Meanings.class);

	/** The length of each vector. */
	public static final int DIMENSIONS = 384;

	/**
	 * The most of a text the model is given: it reads at most 256 word pieces, about
	 * 1,000 characters of English; the rest only costs time.
	 */
	static final int MAX_CHARS = 2000;

	private final boolean enabled;

	/**
	 * As many texts at once as there are processors: ONNX Runtime keeps every core busy
	 * with one already, and a hundred posts' listeners embedding at once on two cores
	 * starved the other listeners until they timed out waiting for connections.
	 */
	private final Semaphore running = new Semaphore(Runtime.getRuntime().availableProcessors());

	/** Set once loaded; stays null if loading failed. */
	private volatile @Nullable EmbeddingModel model;

	/** Whether loading was tried (once per node). */
	private volatile boolean tried;

	/**
	 * The texts given their meaning lately: two listeners asking for the same text at
	 * once wait for one run of the model.
	 */
	private final Cache<String, float[]> recent = Caffeine.newBuilder()
		.maximumSize(RECENT)
		.expireAfterWrite(Duration.ofMinutes(5))
		.build();

	/** About 1.5 kB of vector and up to 4 kB of text each. */
	static final int RECENT = 1000;

	public Meanings(MeaningSettings settings) {
		this.enabled = settings.meanings();
	}

	/** Whether vectors are made at all on this node. */
	public boolean enabled() {
		return enabled;
	}

	/**
	 * The vector of a title and body, loading the model first if it is not (once, in this
	 * thread); empty when off, for Chinese text, or if the model did not load. For
	 * indexing, never for a request.
	 */
	public Optional<float[]> of(String title, String body) {
		if (!enabled || !readable(title, body)) {
			return Optional.empty();
		}
		return load().map(loaded -> recent.get(text(title, body), text -> embed(loaded, text)));
	}

	/**
	 * The vector of a draft if the model is loaded already; otherwise empty, and the
	 * model starts loading for the next request. Never from the recent texts: a draft
	 * being typed is new each time, and a benchmark asking for one text again and again
	 * would otherwise measure a lookup (10,000 posts: p50 2.0 ms instead of the model's
	 * run).
	 */
	public Optional<float[]> ifReady(String title, String body) {
		if (!enabled || !readable(title, body)) {
			return Optional.empty();
		}
		EmbeddingModel loaded = model;
		if (loaded == null) {
			if (!tried) {
				Thread.ofVirtual().name("meaning-model").start(this::load);
			}
			return Optional.empty();
		}
		return Optional.of(embed(loaded, text(title, body)));
	}

	/** The model, loaded on the first call; empty if it could not be. */
	private synchronized Optional<EmbeddingModel> load() {
		if (!tried) {
			long started = System.nanoTime();
			try {
				model = new AllMiniLmL6V2QuantizedEmbeddingModel();
				log.info("Loaded the meaning model (all-MiniLM-L6-v2, quantized) in {} ms",
						(System.nanoTime() - started) / 1_000_000);
			}
			catch (RuntimeException | LinkageError ex) {
				log.error("The meaning model did not load; similar posts are found by their words alone", ex);
			}
			tried = true;
		}
		return Optional.ofNullable(model);
	}

	/**
	 * At shutdown, waits for a load in progress (both hold this lock) and forbids new
	 * ones: the JVM exiting while ONNX Runtime was creating its session crashed it
	 * (SIGSEGV in libonnxruntime, found in the crash test's log after an orderly stop).
	 */
	@PreDestroy
	synchronized void stop() {
		tried = true;
	}

	private static String text(String title, String body) {
		String whole = body.isBlank() ? title : title + "\n" + body;
		return (whole.length() > MAX_CHARS) ? whole.substring(0, MAX_CHARS) : whole;
	}

	private float[] embed(EmbeddingModel model, String text) {
		running.acquireUninterruptibly();
		try {
			return model.embed(text).content().vector();
		}
		finally {
			running.release();
		}
	}

	private static boolean readable(String title, String body) {
		return (title + body).codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

}
