package org.fanloop.triage;

import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * A trained linear classifier: L2-regularised logistic regression (liblinear), one weight
 * per feature and class, so its answer comes with a probability, the confidence shown to
 * staff.
 */
final class Classifier<L> {

	/**
	 * Inverse regularisation strength, chosen on the triage data's train split alone
	 * (half to train, half to score, words alone: macro-F1 0.701 at 1, 0.741 at 10, 0.746
	 * at 100; with product copies and meanings, see Features, 0.787 at 10, 0.781 at 100).
	 */
	static final double COST = 10;

	private final Model model;

	private final List<L> labels;

	private Classifier(Model model, List<L> labels) {
		this.model = model;
		this.labels = labels;
	}

	/** One labelled text. */
	record Example<L>(Feature[] features, L label) {
	}

	/** Null when the examples hold fewer than two labels: nothing to tell apart. */
	static <L> Classifier<L> train(List<Example<L>> examples, int dimensions) {
		List<L> labels = new ArrayList<>();
		examples.stream().map(Example::label).distinct().forEach(labels::add);
		if (labels.size() < 2) {
			return null;
		}
		Problem problem = new Problem();
		problem.l = examples.size();
		problem.n = dimensions;
		problem.bias = -1;
		problem.x = new Feature[examples.size()][];
		problem.y = new double[examples.size()];
		for (int i = 0; i < examples.size(); i++) {
			problem.x[i] = examples.get(i).features();
			problem.y[i] = labels.indexOf(examples.get(i).label());
		}
		Linear.disableDebugOutput();
		Parameter parameter = new Parameter(SolverType.L2R_LR, COST, 0.01);
		return new Classifier<>(Linear.train(problem, parameter), labels);
	}

	/** The likeliest label with its probability. */
	Guess<L> guess(Feature[] features) {
		double[] probabilities = new double[model.getNrClass()];
		int best = (int) Linear.predictProbability(model, features, probabilities);
		int[] order = model.getLabels();
		double probability = 0;
		for (int i = 0; i < order.length; i++) {
			if (order[i] == best) {
				probability = probabilities[i];
			}
		}
		return new Guess<>(labels.get(best), probability);
	}

	record Guess<L>(L label, double confidence) {
	}

}
