package org.fanloop.triage;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import de.bwaldvogel.liblinear.Feature;
import org.fanloop.meanings.Meanings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FeaturesTests {

	@Test
	void theKindSeesTheWordsOnceForAllProductsOnceForThePostsOwnAndTheMeaningAfterThem() {
		Feature[] words = Features.of("App crashes on start", "It crashed twice today.");
		float[] meaning = new float[Meanings.DIMENSIONS];
		Arrays.fill(meaning, 0.05f);

		Feature[] one = Features.forKind(words, 1, meaning);
		Feature[] other = Features.forKind(words, 2, meaning);
		Feature[] without = Features.forKind(words, 1, null);

		assertThat(indexes(one)).containsAll(indexes(words));
		Set<Integer> ownOfOne = indexes(without);
		ownOfOne.removeAll(indexes(words));
		Set<Integer> ownOfOther = indexes(Features.forKind(words, 2, null));
		ownOfOther.removeAll(indexes(words));
		assertThat(ownOfOne).isNotEmpty().doesNotContainAnyElementsOf(ownOfOther);
		assertThat(indexes(one)).hasSize(indexes(without).size() + Meanings.DIMENSIONS);
		assertThat(one[one.length - 1].getIndex()).isEqualTo(Features.KIND_DIMENSIONS);
		assertThat(one[one.length - 1].getValue()).isCloseTo(0.05 * Features.MEANING_WEIGHT, within(1e-6));
		assertThat(other).hasSameSizeAs(one);
		for (int i = 1; i < one.length; i++) {
			assertThat(one[i].getIndex()).as("liblinear wants rising indexes").isGreaterThan(one[i - 1].getIndex());
		}
	}

	private static Set<Integer> indexes(Feature[] features) {
		return Arrays.stream(features).map(Feature::getIndex).collect(Collectors.toSet());
	}

}
