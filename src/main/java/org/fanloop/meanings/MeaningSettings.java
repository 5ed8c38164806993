package org.fanloop.meanings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether texts are given their meaning on this node. The setting keeps the name it had
 * when similar posts were its only user ({@code fanloop.search.meanings},
 * {@code FANLOOP_SEARCH_MEANINGS}).
 *
 * @param meanings whether the in-process model runs at all (see {@link Meanings}); off,
 * similar posts are found by words alone and triage by n-grams alone
 */
@ConfigurationProperties("fanloop.search")
public record MeaningSettings(@DefaultValue("true") boolean meanings) {
}
