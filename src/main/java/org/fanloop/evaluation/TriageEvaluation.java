package org.fanloop.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.PostKind;
import org.fanloop.triage.Correction;
import org.fanloop.triage.Suggestion;
import org.fanloop.triage.TriageService;

import org.springframework.stereotype.Component;

/**
 * {@code --eval=triage <folder>}: posts {@code train.csv}'s rows (each repository its own
 * product), gives each its label as a staff correction, trains the classifiers from those
 * labels alone, then posts {@code test.csv}'s rows as new posts and scores the kind the
 * classifiers suggested for each: precision, recall and F1 per kind, macro-F1 over the
 * three, pooled and per product (with their mean, the figure the NLBSE'24 baselines
 * report), and how often the suggested product was right.
 */
@Component
class TriageEvaluation {

	private final EvaluationCommunity community;

	private final TriageService triage;

	TriageEvaluation(EvaluationCommunity community, TriageService triage) {
		this.community = community;
		this.triage = triage;
	}

	void run(Path folder, PrintStream out) throws IOException {
		long started = System.nanoTime();
		List<Map<String, String>> train = EvaluationFiles.rows(folder.resolve("train.csv"), "repo", "title", "body",
				"kind");
		List<Map<String, String>> test;
		if (Boolean.getBoolean("fanloop.eval.tune")) {
			// Tuning: train.csv's even rows train, its odd rows test; test.csv is not
			// read.
			test = IntStream.range(0, train.size()).filter(i -> i % 2 == 1).mapToObj(train::get).toList();
			train = IntStream.range(0, train.size()).filter(i -> i % 2 == 0).mapToObj(train::get).toList();
			out.println("Tuning: train.csv split in two, test.csv left unread");
		}
		else {
			test = EvaluationFiles.rows(folder.resolve("test.csv"), "repo", "title", "body", "kind");
		}
		SignedInMember staff = community.admin();
		// Members post with the form's default kind; staff then say what each post is.
		List<Map<String, String>> training = train;
		List<Long> trainPosts = new ArrayList<>();
		community.inBatches(train,
				row -> trainPosts.add(community.post(row.get("repo"), "idea", row.get("title"), row.get("body"))));
		community.inBatches(new ArrayList<>(IntStream.range(0, train.size()).boxed().toList()), i -> triage
			.correct(trainPosts.get(i), new Correction(PostKind.of(training.get(i).get("kind")).value(), null), staff));
		community.settle();
		TriageService.TriageState trained = triage.retrain();
		out.printf(Locale.ROOT, "Trained on %d staff labels in %.1f s (loading included: %.1f s)%n", trained.examples(),
				trained.trainingMillis() / 1000.0, (System.nanoTime() - started) / 1e9);
		List<Long> testPosts = new ArrayList<>();
		community.inBatches(test,
				row -> testPosts.add(community.post(row.get("repo"), "idea", row.get("title"), row.get("body"))));
		community.settle();
		out.printf(Locale.ROOT, "Posted %d train and %d test rows (%d adjusted to the product's limits)%n%n",
				train.size(), test.size(), community.adjusted());

		Map<String, Confusion> byRepo = new TreeMap<>();
		Confusion pooled = new Confusion();
		int productRight = 0;
		int productAsked = 0;
		for (int i = 0; i < test.size(); i++) {
			Map<String, String> row = test.get(i);
			Suggestion suggestion = triage.suggestion(testPosts.get(i), staff).orElse(null);
			PostKind truth = PostKind.of(row.get("kind"));
			PostKind guess = (suggestion == null) ? null : suggestion.kind();
			pooled.add(truth, guess);
			byRepo.computeIfAbsent(row.get("repo"), key -> new Confusion()).add(truth, guess);
			if (suggestion != null && suggestion.product() != null) {
				productAsked++;
				if (suggestion.product().equals(EvaluationCommunity.slug(row.get("repo")))) {
					productRight++;
				}
			}
		}
		out.printf(Locale.ROOT, "%-12s %9s %9s %9s%n", "kind", "precision", "recall", "F1");
		for (PostKind kind : PostKind.values()) {
			out.printf(Locale.ROOT, "%-12s %9.3f %9.3f %9.3f%n", kind.value(), pooled.precision(kind),
					pooled.recall(kind), pooled.f1(kind));
		}
		out.printf(Locale.ROOT, "%nmacro-F1 per product:%n");
		double sum = 0;
		for (Map.Entry<String, Confusion> repo : byRepo.entrySet()) {
			out.printf(Locale.ROOT, "  %-28s %.3f (n %d)%n", repo.getKey(), repo.getValue().macroF1(),
					repo.getValue().n);
			sum += repo.getValue().macroF1();
		}
		out.printf(Locale.ROOT, "  %-28s %.3f%n", "mean of products", byRepo.isEmpty() ? 0 : sum / byRepo.size());
		if (productAsked > 0) {
			out.printf(Locale.ROOT, "%nSuggested product right for %d of %d (%.3f)%n", productRight, productAsked,
					(double) productRight / productAsked);
		}
		out.printf(Locale.ROOT, "%nmacro_f1=%.3f%n", pooled.macroF1());
	}

	/** Counts of (truth, guess) pairs; a missing guess counts against recall only. */
	private static final class Confusion {

		private final Map<PostKind, int[]> counts = new LinkedHashMap<>();

		private int n;

		Confusion() {
			for (PostKind kind : PostKind.values()) {
				counts.put(kind, new int[3]); // true positives, false positives, false
												// negatives
			}
		}

		void add(PostKind truth, PostKind guess) {
			n++;
			if (truth == guess) {
				counts.get(truth)[0]++;
				return;
			}
			counts.get(truth)[2]++;
			if (guess != null) {
				counts.get(guess)[1]++;
			}
		}

		double precision(PostKind kind) {
			int[] c = counts.get(kind);
			return (c[0] + c[1] == 0) ? 0 : (double) c[0] / (c[0] + c[1]);
		}

		double recall(PostKind kind) {
			int[] c = counts.get(kind);
			return (c[0] + c[2] == 0) ? 0 : (double) c[0] / (c[0] + c[2]);
		}

		double f1(PostKind kind) {
			double p = precision(kind);
			double r = recall(kind);
			return (p + r == 0) ? 0 : 2 * p * r / (p + r);
		}

		double macroF1() {
			return counts.keySet().stream().mapToDouble(this::f1).average().orElse(0);
		}

	}

}
