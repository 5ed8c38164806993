package org.fanloop.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fanloop.search.Draft;
import org.fanloop.search.SearchService;
import org.fanloop.search.SimilarPost;

import org.springframework.stereotype.Component;

/**
 * {@code --eval=duplicates <folder>}: loads {@code corpus.csv} as posts (each site or
 * product its own product), then asks the similar posts of each query post's product for
 * the query's text, the query itself left out, and scores the answers against
 * {@code queries.csv}: recall@1, @5, @10 (a duplicate among the first k) and MRR (1/rank
 * of the first duplicate, 0 beyond ten), on the {@code test} queries and on all, for the
 * title and body (what "check for similar" sends) and for the title alone (what typing
 * sends).
 */
@Component
class DuplicateEvaluation {

	private static final int DEPTH = 10;

	private final EvaluationCommunity community;

	private final SearchService search;

	DuplicateEvaluation(EvaluationCommunity community, SearchService search) {
		this.community = community;
		this.search = search;
	}

	void run(Path folder, PrintStream out) throws IOException {
		long started = System.nanoTime();
		Map<String, Long> postIds = new HashMap<>();
		Map<String, String[]> texts = new HashMap<>();
		List<Map<String, String>> corpus = EvaluationFiles.rows(folder.resolve("corpus.csv"), "id", "product", "title",
				"body");
		community.inBatches(corpus, row -> {
			postIds.put(row.get("id"),
					community.post(row.get("product"), "question", row.get("title"), row.get("body")));
			texts.put(row.get("id"), new String[] { row.get("title"), row.get("body") });
		});
		community.settle();
		community.failedListeners()
			.forEach((listener, count) -> out.printf("Failed: %s on %d events%n", listener, count));
		if (community.retried() > 0) {
			out.printf("Delivered %d events again after their listeners stayed open a minute%n", community.retried());
		}
		// Built again in the posts' order: the same index whatever order the listeners
		// wrote in, so the figures repeat exactly.
		long indexed = search.rebuild();
		out.printf(Locale.ROOT,
				"Loaded %d posts into %d products (%d adjusted to the product's limits), indexed %d, " + "in %.1f s%n",
				postIds.size(), community.products(), community.adjusted(), indexed,
				(System.nanoTime() - started) / 1e9);
		List<Query> queries = new ArrayList<>();
		for (Map<String, String> row : EvaluationFiles.rows(folder.resolve("queries.csv"), "query_id", "product",
				"duplicate_ids", "split")) {
			String id = row.get("query_id");
			Long postId = postIds.get(id);
			if (postId == null) {
				throw new IllegalArgumentException("queries.csv names " + id + ", which corpus.csv does not hold");
			}
			Set<Long> duplicates = new HashSet<>();
			for (String duplicate : row.get("duplicate_ids").trim().split("\\s+")) {
				if (postIds.containsKey(duplicate)) {
					duplicates.add(postIds.get(duplicate));
				}
			}
			queries.add(new Query(id, postId, community.product(row.get("product")).id(), row.get("product"),
					row.get("split"), texts.get(id), duplicates));
		}
		started = System.nanoTime();
		Map<String, Score> scores = new LinkedHashMap<>();
		for (boolean titleOnly : new boolean[] { false, true }) {
			String text = titleOnly ? "title only" : "title + body";
			for (Query query : queries) {
				Draft typed = new Draft(query.text()[0], titleOnly ? "" : query.text()[1]);
				List<SimilarPost> found = search.similar(query.productId(), typed, DEPTH, query.postId());
				int rank = 0;
				for (int i = 0; i < found.size() && rank == 0; i++) {
					if (query.duplicates().contains(found.get(i).id())) {
						rank = i + 1;
					}
				}
				for (String group : List.of(text + " | " + query.split(), text + " | all",
						text + " | " + query.split() + " | " + query.product())) {
					scores.computeIfAbsent(group, key -> new Score()).add(rank);
				}
			}
		}
		long asked = queries.size() * 2L;
		out.printf(Locale.ROOT, "Asked for similar posts %d times in %.1f s (%.1f ms each)%n%n", asked,
				(System.nanoTime() - started) / 1e9, (System.nanoTime() - started) / 1e6 / asked);
		out.printf(Locale.ROOT, "%-60s %5s %6s %6s %6s %6s%n", "query text | split | product", "n", "R@1", "R@5",
				"R@10", "MRR");
		scores.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(entry -> out.printf(Locale.ROOT, "%-60s %5d %6.3f %6.3f %6.3f %6.3f%n", entry.getKey(),
					entry.getValue().n, entry.getValue().recall(1), entry.getValue().recall(5),
					entry.getValue().recall(10), entry.getValue().mrr()));
		Score test = scores.getOrDefault("title + body | test", scores.get("title + body | all"));
		out.printf(Locale.ROOT, "%nrecall@1=%.3f recall@5=%.3f recall@10=%.3f mrr=%.3f%n", test.recall(1),
				test.recall(5), test.recall(10), test.mrr());
	}

	private record Query(String id, long postId, long productId, String product, String split, String[] text,
			Set<Long> duplicates) {
	}

	/** The ranks at which each query found its first duplicate (0: not in the list). */
	private static final class Score {

		private int n;

		private final int[] foundAt = new int[DEPTH + 1];

		private double reciprocal;

		void add(int rank) {
			n++;
			foundAt[rank]++;
			reciprocal += (rank == 0) ? 0 : 1.0 / rank;
		}

		double recall(int k) {
			int found = 0;
			for (int rank = 1; rank <= k; rank++) {
				found += foundAt[rank];
			}
			return (n == 0) ? 0 : (double) found / n;
		}

		double mrr() {
			return (n == 0) ? 0 : reciprocal / n;
		}

	}

}
