package org.fanloop.triage;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import org.fanloop.meanings.Meanings;
import org.jspecify.annotations.Nullable;

/**
 * A post's text as a sparse vector: words and word pairs of the title and of the body
 * (each apart: "crash" in a title says more), and character 2- to 4-grams, which catch
 * word parts ("crash", "crashed", "crashing") and Chinese, which has no spaces. Each
 * feature is hashed into {@link #DIMENSIONS} slots, weighted by 1 + log(count), and the
 * vector scaled to length 1. Only the first {@link #READ} characters of a body count: an
 * issue template or a log pasted below says little more.
 */
final class Features {

	static final int DIMENSIONS = 1 << 20;

	/**
	 * The kind's features: the words' slots, then the text's meaning, one slot per
	 * number.
	 */
	static final int KIND_DIMENSIONS = DIMENSIONS + Meanings.DIMENSIONS;

	/**
	 * How much each feature counts again in its product's own copy, and the meaning's
	 * weight beside the words (whose vector has length 1). Each product words its reports
	 * its own way (tensorflow's "support", bitcoin's questions), so every word counts
	 * once for all products and once for the post's own: a linear model then learns what
	 * is common and what is one product's habit. Chosen on the triage data's train split
	 * alone (half to train, half to score, macro-F1): words alone 0.765; with product
	 * copies at 0.5/1/2, 0.760/0.764/0.766; with the meaning at 0.3/0.4/0.6 and copies at
	 * 1, 0.770/0.781/0.770 (C 100; 0.778/0.787/0.768 at C 10).
	 */
	static final double PRODUCT_COPY = 1;

	static final double MEANING_WEIGHT = 0.4;

	static final int READ = 4000;

	/**
	 * Character n-grams come from the title and the body's start only: they are most of a
	 * vector's features, and a few thousand per post, times the posts trained on, must
	 * fit the heap.
	 */
	static final int CHARACTERS_READ = 3000;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

	private Features() {
	}

	static Feature[] of(String title, String body) {
		Map<Integer, Double> counts = new TreeMap<>();
		String head = title.toLowerCase(Locale.ROOT);
		String text = body.substring(0, Math.min(body.length(), READ)).toLowerCase(Locale.ROOT);
		words("t", head, counts);
		words("b", text, counts);
		characters("c", head + " " + text.substring(0, Math.min(text.length(), CHARACTERS_READ)), counts);
		double norm = 0;
		for (Map.Entry<Integer, Double> entry : counts.entrySet()) {
			entry.setValue(1 + Math.log(entry.getValue()));
			norm += entry.getValue() * entry.getValue();
		}
		double length = Math.sqrt(norm);
		Feature[] vector = new Feature[counts.size()];
		int i = 0;
		for (Map.Entry<Integer, Double> entry : counts.entrySet()) {
			vector[i++] = new FeatureNode(entry.getKey(), entry.getValue() / length);
		}
		return vector;
	}

	/**
	 * The features a post's kind is told by: its words and their copies in the product's
	 * own slots, then its meaning when it has one.
	 */
	static Feature[] forKind(Feature[] words, long productId, float @Nullable [] meaning) {
		Map<Integer, Double> values = new TreeMap<>();
		int product = Long.hashCode(productId) * 0x9E3779B9;
		for (Feature feature : words) {
			values.merge(feature.getIndex(), feature.getValue(), Double::sum);
			values.merge(Math.floorMod((feature.getIndex() * 31 + product) * 0x85EBCA6B, DIMENSIONS) + 1,
					feature.getValue() * PRODUCT_COPY, Double::sum);
		}
		if (meaning != null) {
			for (int i = 0; i < meaning.length; i++) {
				values.put(DIMENSIONS + 1 + i, meaning[i] * MEANING_WEIGHT);
			}
		}
		Feature[] vector = new Feature[values.size()];
		int i = 0;
		for (Map.Entry<Integer, Double> entry : values.entrySet()) {
			vector[i++] = new FeatureNode(entry.getKey(), entry.getValue());
		}
		return vector;
	}

	private static void words(String field, String text, Map<Integer, Double> counts) {
		Matcher words = WORD.matcher(text);
		String previous = null;
		while (words.find()) {
			String word = words.group();
			add(field + ":" + word, counts);
			if (previous != null) {
				add(field + ":" + previous + " " + word, counts);
			}
			previous = word;
		}
	}

	private static void characters(String field, String text, Map<Integer, Double> counts) {
		String squeezed = text.replaceAll("\\s+", " ");
		for (int n = 2; n <= 4; n++) {
			for (int i = 0; i + n <= squeezed.length(); i++) {
				add(field + n + ":" + squeezed.substring(i, i + n), counts);
			}
		}
	}

	/** liblinear's features are numbered from 1. */
	private static void add(String feature, Map<Integer, Double> counts) {
		counts.merge(Math.floorMod(feature.hashCode() * 0x9E3779B9, DIMENSIONS) + 1, 1.0, Double::sum);
	}

}
