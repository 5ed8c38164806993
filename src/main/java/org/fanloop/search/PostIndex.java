package org.fanloop.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fanloop.posts.PostKind;
import org.fanloop.posts.PostStatus;
import org.fanloop.posts.PostText;
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
	static final String SCHEMA = "1";

	private static final Logger log = LoggerFactory.getLogger(PostIndex.class);

	private static final String ID = "id";

	private static final String PRODUCT = "product";

	private static final String KIND = "kind";

	private static final String STATUS = "status";

	private static final String VOTES = "votes";

	private static final String CREATED = "created";

	private static final String[] ENGLISH = { "title_en", "body_en", "comments_en" };

	private static final String[] CHINESE = { "title_zh", "body_zh", "comments_zh" };

	private final Directory directory;

	private final Analyzer analyzer;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final boolean fresh;

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	/** Set when the node shuts down: a running rebuild stops at its next page. */
	private volatile boolean closing;

	PostIndex(SearchSettings settings) throws IOException {
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
				TopFieldDocs last = searcher.search(new org.apache.lucene.search.MatchAllDocsQuery(), 1,
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

	/** Adds or replaces these posts' documents and commits. */
	synchronized void put(List<PostText> posts) {
		write(posts);
		commit();
	}

	/** Removes a post's document and commits. */
	synchronized void remove(long postId) {
		try {
			writer.deleteDocuments(new Term(ID, String.valueOf(postId)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		commit();
	}

	private synchronized void write(List<PostText> posts) {
		try {
			for (PostText post : posts) {
				writer.updateDocument(new Term(ID, String.valueOf(post.id())), document(post));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes what was written durable and visible to the next search. */
	private synchronized void commit() {
		try {
			writer.commit();
			searchers.maybeRefresh();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
				writer.commit();
			}
			long after = 0;
			for (List<PostText> page = pages.after(after); !page.isEmpty() && !closing; page = pages.after(after)) {
				write(page);
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
				ScoreDoc[] page = java.util.Arrays.copyOf(docs, shown);
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

	/** The words analysed both ways, title first; no words match every post. */
	private Query words(String text) {
		if (text.isBlank()) {
			return new org.apache.lucene.search.MatchAllDocsQuery();
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
		return built.clauses().isEmpty() ? new org.apache.lucene.search.MatchAllDocsQuery() : built;
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

	private static Document document(PostText post) {
		Document doc = new Document();
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
				writer.close();
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
