package org.fanloop.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.fanloop.meanings.Meanings;
import org.fanloop.posts.PostKind;
import org.fanloop.posts.PostStatus;
import org.fanloop.posts.PostText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The Lucene index of posts, one per node under {@link SearchSettings#directory()}. Each
 * post is one document whose words are indexed twice: by Lucene's English analyzer (word
 * forms: "crashes" finds "crash") and by its Chinese one (smartcn's words: 深色模式 finds
 * 深色), and a query is analysed both ways. Updates replace the post's document and are
 * committed before they count as done, so a crash loses none; readers see them at once
 * (near-real-time). The commit carries {@link #SCHEMA}: an index of another schema, or
 * none, is rebuilt from the database.
 */
@Component
class PostIndex implements DisposableBean {

	/** Raised whenever the fields or their analysis change: the index is rebuilt. */
	static final String SCHEMA = "2";

	private static final Logger log = LoggerFactory.getLogger(PostIndex.class);

	private static final String ID = "id";

	private static final String PRODUCT = "product";

	private static final String KIND = "kind";

	private static final String STATUS = "status";

	private static final String VOTES = "votes";

	private static final String CREATED = "created";

	/** The post's vector ({@link Meanings}), when it has one. */
	private static final String MEANING = "meaning";

	/**
	 * Set on a document once its meaning was asked for (a Chinese post has none): a
	 * rebuild first puts every post without, then fills them in.
	 */
	private static final String MEANT = "meant";

	/**
	 * How many posts each of the two lists (by words, by meaning) gives before they are
	 * fused, and the constant of their reciprocal rank fusion (1 / (k + rank) each).
	 */
	static final int FUSED_DEPTH = 30;

	static final int FUSION_K = 60;

	/**
	 * How much a rank by meaning counts beside one by words: so much that the list by
	 * meaning leads and words order what it did not find. On the duplicate questions'
	 * train split, recall@5 was 0.743 at 1, 0.767 at 3, 0.799 at 10, 0.823 at 30 (by
	 * words alone 0.649).
	 */
	static final float MEANING_WEIGHT = 30f;

	/**
	 * The least cosine similarity at which a post found by meaning alone is shown: the
	 * nearest posts to a text about nothing on the board are still some posts.
	 */
	static final float LEAST_MEANING = 0.3f;

	private static final String[] ENGLISH = { "title_en", "body_en", "comments_en" };

	private static final String[] CHINESE = { "title_zh", "body_zh", "comments_zh" };

	/**
	 * The most telling words of a text that the similar posts are asked for, per field.
	 */
	static final int SIMILAR_TERMS = 50;

	/**
	 * How much more a word in the title counts than one in the body, for similar posts.
	 */
	static final float TITLE_WEIGHT = 2f;

	/**
	 * How much the draft's title counts again, against titles, when a body came with it
	 * (on the duplicate questions' train split: recall@5 0.622 without, 0.629 at 1, 0.631
	 * at 3).
	 */
	static final float TITLE_AGAIN = 3f;

	/**
	 * Above which share of the posts a word is common, for similar posts (see
	 * DraftWords), and the fewest posts a common word is in: on a small board every word
	 * is in a good share of the posts.
	 */
	static final double COMMON_SHARE = 0.05;

	static final int COMMON_FLOOR = 1000;

	private static final Set<String> SIMILAR_FIELDS = Set.of(ID, "title_en", KIND, STATUS, VOTES + "_stored");

	private final Directory directory;

	private final Meanings meanings;

	private final Analyzer analyzer;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final boolean fresh;

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	/** Set when the node shuts down: a running rebuild stops at its next page. */
	private volatile boolean closing;

	PostIndex(SearchSettings settings, Meanings meanings) throws IOException {
		this.meanings = meanings;
		Files.createDirectories(settings.directory());
		this.directory = FSDirectory.open(settings.directory());
		Analyzer chinese = new SmartChineseAnalyzer();
		this.analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
				Map.of(CHINESE[0], chinese, CHINESE[1], chinese, CHINESE[2], chinese));
		boolean current = DirectoryReader.indexExists(directory)
				&& SCHEMA.equals(SegmentInfos.readLatestCommit(directory).getUserData().get("schema"));
		IndexWriterConfig config = new IndexWriterConfig(analyzer)
			.setOpenMode(current ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
		this.writer = new IndexWriter(directory, config);
		this.writer.setLiveCommitData(Map.of("schema", SCHEMA).entrySet());
		this.writer.commit();
		this.searchers = new SearcherManager(writer, null);
		this.fresh = !current;
	}

	/** Whether the index was missing or of another schema when the node started. */
	boolean needsRebuild() {
		return fresh;
	}

	/**
	 * Whether the index holds as many posts as the database and the same highest id: an
	 * index left from another database (a restored backup, a data folder reused) does
	 * not.
	 */
	boolean matches(long posts, long maxId) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				TopFieldDocs last = searcher.search(new MatchAllDocsQuery(), 1,
						new Sort(new SortField(ID, SortField.Type.LONG, true)));
				long indexedMax = (last.scoreDocs.length == 0) ? 0
						: searcher.storedFields()
							.document(last.scoreDocs[0].doc)
							.getField(ID)
							.numericValue()
							.longValue();
				return searcher.getIndexReader().numDocs() == posts && indexedMax == maxId;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether a rebuild is running now. */
	boolean rebuilding() {
		return rebuilding.get();
	}

	/** Adds or replaces these posts' documents; returns once they are committed. */
	void put(List<PostText> posts) {
		durable(write(posts, true));
	}

	/** Removes a post's document; returns once that is committed. */
	void remove(long postId) {
		long sequence;
		synchronized (this) {
			try {
				sequence = writer.deleteDocuments(new Term(ID, String.valueOf(postId)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		durable(sequence);
	}

	/**
	 * Writes the documents (not yet durable); returns the last write's sequence number.
	 */
	private long write(List<PostText> posts, boolean withMeanings) {
		List<Document> documents = new ArrayList<>(posts.size());
		for (PostText post : posts) {
			// Outside the lock: a vector takes milliseconds.
			documents.add(withMeanings
					? document(post, meanings.of(post.title(), post.body()).orElse(null), meanings.enabled())
					: document(post, null, false));
		}
		synchronized (this) {
			try {
				long sequence = 0;
				for (int i = 0; i < posts.size(); i++) {
					sequence = writer.updateDocument(new Term(ID, String.valueOf(posts.get(i).id())), documents.get(i));
				}
				return sequence;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/**
	 * Returns once the write numbered {@code sequence} is committed and searchable.
	 * Commits are grouped: a commit takes in every write made before it started, so the
	 * writers that waited for it return without a commit of their own. One commit (a
	 * flush to disk) per update had 20 listeners queue behind it, each holding a database
	 * connection, while a burst of 3,679 posts took 98 s to index.
	 */
	private void durable(long sequence) {
		synchronized (committing) {
			if (committed >= sequence) {
				return;
			}
			commit();
		}
	}

	private final Object committing = new Object();

	/** The sequence number of the last write the last commit took in. */
	private long committed;

	/** Makes what was written durable and visible to the next search. */
	private void commit() {
		synchronized (committing) {
			try {
				long sequence = writer.commit();
				committed = Math.max(committed, (sequence < 0) ? writer.getMaxCompletedSequenceNumber() : sequence);
				searchers.maybeRefresh();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/**
	 * Empties the index and fills it again from {@code pages} (each call gives the posts
	 * after the id it is given, empty at the end). Searches meanwhile see the posts put
	 * so far. Returns the number of posts indexed, or -1 if a rebuild was running.
	 */
	long rebuild(PostPages pages) {
		if (!rebuilding.compareAndSet(false, true)) {
			return -1;
		}
		long count = 0;
		try {
			synchronized (this) {
				writer.deleteAll();
			}
			commit();
			long after = 0;
			for (List<PostText> page = pages.after(after); !page.isEmpty() && !closing; page = pages.after(after)) {
				write(page, false);
				count += page.size();
				after = page.getLast().id();
			}
			if (closing) {
				log.info("Search index rebuild stopped by the shutdown after {} posts; it starts again next time",
						count);
				return count;
			}
			commit();
			log.info("Search index rebuilt: {} posts", count);
			return count;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			rebuilding.set(false);
		}
	}

	/**
	 * Gives the posts whose documents have no meaning yet (after a rebuild, or when
	 * meanings were turned on) their vectors, reading {@code pages} once more; returns
	 * how many, or -1 if a rebuild is running. It works at most half the time (after each
	 * page it rests as long as the page took), so requests keep most of the CPU: a
	 * million posts take hours. Searches meanwhile find what has a meaning by meaning,
	 * the rest by words.
	 */
	long fillMeanings(PostPages pages) {
		if (!meanings.enabled() || !rebuilding.compareAndSet(false, true)) {
			return meanings.enabled() ? -1 : 0;
		}
		long count = 0;
		try {
			long after = 0;
			for (List<PostText> page = pages.after(after); !page.isEmpty() && !closing; page = pages.after(after)) {
				after = page.getLast().id();
				List<PostText> missing = withoutMeaning(page);
				if (missing.isEmpty()) {
					continue;
				}
				long started = System.nanoTime();
				List<Document> documents = new ArrayList<>(missing.size());
				for (PostText post : missing) {
					documents.add(document(post, meanings.of(post.title(), post.body()).orElse(null), true));
				}
				synchronized (this) {
					// A post changed meanwhile was put again with its meaning: keep that.
					searchers.maybeRefreshBlocking();
					List<PostText> still = withoutMeaning(missing);
					for (int i = 0; i < missing.size(); i++) {
						if (still.contains(missing.get(i))) {
							writer.updateDocument(new Term(ID, String.valueOf(missing.get(i).id())), documents.get(i));
							count++;
						}
					}
				}
				commit();
				Thread.sleep(Duration.ofNanos(System.nanoTime() - started));
			}
			if (count > 0) {
				log.info("Search index: {} posts given their meaning", count);
			}
			return count;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return count;
		}
		finally {
			rebuilding.set(false);
		}
	}

	/** Those of {@code posts} whose documents were never given a meaning. */
	private List<PostText> withoutMeaning(List<PostText> posts) throws IOException {
		List<BytesRef> ids = posts.stream().map(post -> new BytesRef(String.valueOf(post.id()))).toList();
		Query query = new BooleanQuery.Builder().add(new TermInSetQuery(ID, ids), BooleanClause.Occur.FILTER)
			.add(new TermQuery(new Term(MEANT, "y")), BooleanClause.Occur.MUST_NOT)
			.build();
		IndexSearcher searcher = searchers.acquire();
		try {
			ScoreDoc[] found = searcher.search(query, posts.size()).scoreDocs;
			Set<Long> lacking = new HashSet<>();
			StoredFields stored = searcher.storedFields();
			for (ScoreDoc hit : found) {
				lacking.add(stored.document(hit.doc, Set.of(ID)).getField(ID).numericValue().longValue());
			}
			return posts.stream().filter(post -> lacking.contains(post.id())).toList();
		}
		finally {
			searchers.release(searcher);
		}
	}

	boolean meaningsEnabled() {
		return meanings.enabled();
	}

	/** How many documents were given their meaning (a vector, or none for Chinese). */
	int meant() {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return searcher.count(new TermQuery(new Term(MEANT, "y")));
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The posts of the database, a page at a time. */
	interface PostPages {

		List<PostText> after(long postId);

	}

	SearchPage search(SearchQuery query) {
		Query words = words(query.words());
		BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
		if (query.productId() != null) {
			filtered.add(new TermQuery(new Term(PRODUCT, String.valueOf(query.productId()))),
					BooleanClause.Occur.FILTER);
		}
		if (query.kind() != null) {
			filtered.add(new TermQuery(new Term(KIND, query.kind().value())), BooleanClause.Occur.FILTER);
		}
		if (query.status() != null) {
			filtered.add(new TermQuery(new Term(STATUS, query.status().value())), BooleanClause.Occur.FILTER);
		}
		Query filteredQuery = filtered.build();
		Sort sort = switch (query.order()) {
			case RELEVANCE -> new Sort(SortField.FIELD_SCORE, new SortField(ID, SortField.Type.LONG, true));
			case VOTES ->
				new Sort(new SortField(VOTES, SortField.Type.LONG, true), new SortField(ID, SortField.Type.LONG, true));
			case NEWEST -> new Sort(new SortField(CREATED, SortField.Type.LONG, true),
					new SortField(ID, SortField.Type.LONG, true));
		};
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				FieldDoc after = (query.after() == null) ? null
						: after(query.order(), query.after(), searcher.getIndexReader().maxDoc());
				TopFieldDocs found = searcher.searchAfter(after, filteredQuery, query.limit() + 1, sort, true);
				ScoreDoc[] docs = found.scoreDocs;
				boolean more = docs.length > query.limit();
				int shown = Math.min(docs.length, query.limit());
				ScoreDoc[] page = Arrays.copyOf(docs, shown);
				StoredFields stored = searcher.storedFields();
				Document[] documents = new Document[shown];
				for (int i = 0; i < shown; i++) {
					documents[i] = stored.document(page[i].doc);
				}
				String[] snippets = snippets(searcher, words, page, documents);
				List<SearchHit> hits = new ArrayList<>(shown);
				for (int i = 0; i < shown; i++) {
					Document doc = documents[i];
					hits.add(new SearchHit(doc.getField(ID).numericValue().longValue(),
							doc.getField(PRODUCT + "_stored").numericValue().longValue(), PostKind.of(doc.get(KIND)),
							PostStatus.of(doc.get(STATUS)), doc.get("title_en"), snippets[i],
							doc.getField(VOTES + "_stored").numericValue().longValue(),
							Instant.ofEpochMilli(doc.getField(CREATED + "_stored").numericValue().longValue()),
							page[i].score));
				}
				String next = null;
				if (more) {
					FieldDoc last = (FieldDoc) page[shown - 1];
					double value = (query.order() == SearchOrder.RELEVANCE) ? ((Number) last.fields[0]).doubleValue()
							: ((Number) last.fields[0]).longValue();
					next = new SearchCursor(value, hits.getLast().id()).encoded();
				}
				return new SearchPage(hits, next);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The posts of one product most like {@code text} (a title being typed, or a title
	 * and body), best first, merged posts and {@code excluded} left out. Lucene's
	 * MoreLikeThis keeps the text's most telling words (by tf-idf, at most
	 * {@link #SIMILAR_TERMS} per field) and asks for them in any order: a near duplicate
	 * rarely shares all its words. A title match counts twice a body match; Chinese is
	 * asked for only when the text holds Han characters (English words would otherwise
	 * count twice, once per analysis).
	 */
	List<SimilarPost> similar(long productId, Draft draft, int limit, @Nullable Long excluded) {
		if (draft.isBlank()) {
			return List.of();
		}
		String text = draft.text();
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
				like.setAnalyzer(analyzer);
				like.setMinTermFreq(1);
				like.setMinDocFreq(1);
				like.setMaxQueryTerms(SIMILAR_TERMS);
				like.setBoost(true);
				DraftWords words = new DraftWords(searcher.getIndexReader());
				boolean chinese = text.codePoints()
					.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
				String[][] fields = chinese ? new String[][] { ENGLISH, CHINESE } : new String[][] { ENGLISH };
				for (String[] language : fields) {
					words.add(like.like(language[0], new StringReader(text)), TITLE_WEIGHT);
					words.add(like.like(language[1], new StringReader(text)), 1f);
					if (!draft.title().isBlank() && !draft.body().isBlank()) {
						// The title's words once more: it says what the post is about.
						words.add(like.like(language[0], new StringReader(draft.title())), TITLE_AGAIN);
					}
				}
				BooleanQuery.Builder candidates = new BooleanQuery.Builder()
					.add(new TermQuery(new Term(PRODUCT, String.valueOf(productId))), BooleanClause.Occur.FILTER)
					.add(new TermQuery(new Term(STATUS, PostStatus.MERGED.value())), BooleanClause.Occur.MUST_NOT);
				if (excluded != null) {
					candidates.add(new TermQuery(new Term(ID, String.valueOf(excluded))), BooleanClause.Occur.MUST_NOT);
				}
				Query among = candidates.build();
				Query byWords = new BooleanQuery.Builder().add(words.query(), BooleanClause.Occur.MUST)
					.add(among, BooleanClause.Occur.FILTER)
					.build();
				float[] meaning = meanings.ifReady(draft.title(), draft.body()).orElse(null);
				ScoreDoc[] found;
				if (meaning == null) {
					found = searcher.search(byWords, limit).scoreDocs;
				}
				else {
					int depth = Math.max(limit, FUSED_DEPTH);
					found = fused(searcher.search(byWords, depth).scoreDocs, close(
							searcher.search(new KnnFloatVectorQuery(MEANING, meaning, depth, among), depth).scoreDocs),
							limit);
				}
				StoredFields stored = searcher.storedFields();
				List<SimilarPost> similar = new ArrayList<>(found.length);
				for (ScoreDoc hit : found) {
					Document doc = stored.document(hit.doc, SIMILAR_FIELDS);
					similar.add(new SimilarPost(doc.getField(ID).numericValue().longValue(), doc.get("title_en"),
							PostKind.of(doc.get(KIND)), PostStatus.of(doc.get(STATUS)),
							doc.getField(VOTES + "_stored").numericValue().longValue(), hit.score));
				}
				return similar;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A draft's words for similar posts, split by how common they are. A word in more
	 * than {@link #COMMON_SHARE} of the posts (and in at least {@link #COMMON_FLOOR})
	 * only ranks the posts that share a telling word with the draft; it does not find
	 * posts by itself. The scores stay those of MoreLikeThis; what changes is the work:
	 * at a million generated posts a typed title's "battery" and "drains" each matched a
	 * quarter of all posts, and scoring them all took most of the time of a call (p50 11
	 * ms, p95 102 ms at four connections on two cores). Lucene's CommonTermsQuery does
	 * the same for one field; here the split runs across the fields and keeps
	 * MoreLikeThis's weight per word. A draft of common words only is asked for as
	 * before.
	 */
	private static final class DraftWords {

		private final IndexReader reader;

		private final int commonAbove;

		private final List<Query> telling = new ArrayList<>();

		private final List<Query> common = new ArrayList<>();

		DraftWords(IndexReader reader) {
			this.reader = reader;
			this.commonAbove = Math.max(COMMON_FLOOR, (int) (reader.numDocs() * COMMON_SHARE));
		}

		/** The words of one field's MoreLikeThis query, each weighted again. */
		void add(Query like, float weight) throws IOException {
			if (!(like instanceof BooleanQuery words)) {
				telling.add(new BoostQuery(like, weight));
				return;
			}
			for (BooleanClause clause : words.clauses()) {
				Query word = clause.query();
				(isCommon(word) ? common : telling).add(new BoostQuery(word, weight));
			}
		}

		private boolean isCommon(Query word) throws IOException {
			Query term = (word instanceof BoostQuery boosted) ? boosted.getQuery() : word;
			return term instanceof TermQuery one && reader.docFreq(one.getTerm()) > commonAbove;
		}

		Query query() {
			BooleanQuery.Builder all = new BooleanQuery.Builder();
			if (!telling.isEmpty()) {
				BooleanQuery.Builder anyTelling = new BooleanQuery.Builder();
				telling.forEach(word -> anyTelling.add(word, BooleanClause.Occur.SHOULD));
				all.add(anyTelling.build(), BooleanClause.Occur.MUST);
			}
			common.forEach(word -> all.add(word, BooleanClause.Occur.SHOULD));
			return all.build();
		}

	}

	/**
	 * The hits at least {@link #LEAST_MEANING} alike (Lucene scores (1 + cosine) / 2).
	 */
	private static ScoreDoc[] close(ScoreDoc[] byMeaning) {
		return Arrays.stream(byMeaning).filter(hit -> hit.score >= (1 + LEAST_MEANING) / 2).toArray(ScoreDoc[]::new);
	}

	/**
	 * Reciprocal rank fusion: each post scores 1 / (k + rank) in the list by words and
	 * {@link #MEANING_WEIGHT} / (k + rank) in the list by meaning; best first.
	 */
	private static ScoreDoc[] fused(ScoreDoc[] byWords, ScoreDoc[] byMeaning, int limit) {
		Map<Integer, Float> scores = new HashMap<>();
		for (int i = 0; i < byWords.length; i++) {
			scores.merge(byWords[i].doc, 1f / (FUSION_K + i + 1), Float::sum);
		}
		for (int i = 0; i < byMeaning.length; i++) {
			scores.merge(byMeaning[i].doc, MEANING_WEIGHT / (FUSION_K + i + 1), Float::sum);
		}
		return scores.entrySet()
			.stream()
			.sorted(Map.Entry.<Integer, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.map(entry -> new ScoreDoc(entry.getKey(), entry.getValue()))
			.toArray(ScoreDoc[]::new);
	}

	/** The words analysed both ways, title first; no words match every post. */
	private Query words(String text) {
		if (text.isBlank()) {
			return new MatchAllDocsQuery();
		}
		BooleanQuery.Builder either = new BooleanQuery.Builder();
		for (String[] fields : List.of(ENGLISH, CHINESE)) {
			// Quotes (phrases) and a trailing * (prefixes) work; - + | are words' parts,
			// as
			// in "wi-fi" or "c++", not operators.
			Query parsed = new SimpleQueryParser(analyzer, Map.of(fields[0], 3f, fields[1], 1f, fields[2], 0.5f),
					SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR
							| SimpleQueryParser.WHITESPACE_OPERATOR)
				.parse(text);
			if (parsed != null) {
				either.add(parsed, BooleanClause.Occur.SHOULD);
			}
		}
		BooleanQuery built = either.build();
		return built.clauses().isEmpty() ? new MatchAllDocsQuery() : built;
	}

	/**
	 * The cursor as Lucene's "after": the post id breaks every tie, so the document
	 * number (Lucene's last tie-breaker) only has to place the cursor's own post before
	 * the page: the highest there is.
	 */
	private static FieldDoc after(SearchOrder order, SearchCursor cursor, int maxDoc) {
		Object value = (order == SearchOrder.RELEVANCE) ? (Object) (float) cursor.value()
				: (Object) (long) cursor.value();
		return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, new Object[] { value, cursor.postId() });
	}

	/** The passage of the body (or else the comments) that matched, escaped, marked. */
	private String[] snippets(IndexSearcher searcher, Query words, ScoreDoc[] page, Document[] documents)
			throws IOException {
		String[] snippets = new String[page.length];
		if (page.length == 0) {
			return snippets;
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
			.withMaxLength(20_000)
			.build();
		int[] ids = new int[page.length];
		for (int i = 0; i < page.length; i++) {
			ids[i] = page[i].doc;
		}
		String[] fields = { "body_en", "body_zh", "comments_en", "comments_zh" };
		Map<String, String[]> found = highlighter.highlightFields(fields, words, ids, new int[] { 2, 2, 1, 1 });
		for (int i = 0; i < page.length; i++) {
			String snippet = null;
			for (String field : fields) {
				String passage = found.get(field)[i];
				if (passage != null && passage.contains("<mark>")) {
					snippet = passage;
					break;
				}
			}
			if (snippet == null) {
				String body = documents[i].get("body_en");
				snippet = HtmlUtils.htmlEscape((body == null) ? "" : body.substring(0, Math.min(body.length(), 200)));
			}
			snippets[i] = snippet;
		}
		return snippets;
	}

	private static Document document(PostText post, float @Nullable [] meaning, boolean meant) {
		Document doc = new Document();
		if (meaning != null) {
			doc.add(new KnnFloatVectorField(MEANING, meaning, VectorSimilarityFunction.DOT_PRODUCT));
		}
		if (meant) {
			doc.add(new StringField(MEANT, "y", Field.Store.NO));
		}
		doc.add(new StringField(ID, String.valueOf(post.id()), Field.Store.NO));
		doc.add(new StoredField(ID, post.id()));
		doc.add(new NumericDocValuesField(ID, post.id()));
		doc.add(new StringField(PRODUCT, String.valueOf(post.productId()), Field.Store.NO));
		doc.add(new StoredField(PRODUCT + "_stored", post.productId()));
		doc.add(new StringField(KIND, post.kind().value(), Field.Store.YES));
		doc.add(new StringField(STATUS, post.status().value(), Field.Store.YES));
		doc.add(new NumericDocValuesField(VOTES, post.voteCount()));
		doc.add(new StoredField(VOTES + "_stored", post.voteCount()));
		long created = post.createdAt().toEpochMilli();
		doc.add(new LongPoint(CREATED, created));
		doc.add(new NumericDocValuesField(CREATED, created));
		doc.add(new StoredField(CREATED + "_stored", created));
		String[] texts = { post.title(), post.body(), post.comments() };
		for (int i = 0; i < 3; i++) {
			// Stored for the snippets (the comments only for their passages).
			doc.add(new TextField(ENGLISH[i], texts[i], Field.Store.YES));
			doc.add(new TextField(CHINESE[i], texts[i], (i == 0) ? Field.Store.NO : Field.Store.YES));
		}
		return doc;
	}

	/**
	 * Stops a running rebuild (it ends at its next page; what it left uncommitted is
	 * dropped, and the count check at the next start finds the index short), then closes
	 * the index so its lock is free for the next start, in this process or another.
	 */
	@Override
	public void destroy() throws IOException {
		closing = true;
		for (int waited = 0; rebuilding.get() && waited < 200; waited++) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		try {
			searchers.close();
			synchronized (this) {
				synchronized (committing) {
					writer.close();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			writer.rollback();
		}
		finally {
			directory.close();
		}
	}

	/** For the admin page and tests: how many posts the index holds. */
	int size() {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
