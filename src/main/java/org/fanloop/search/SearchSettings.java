package org.fanloop.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the index lives.
 *
 * @param directory the index folder, one per node (default {@code search} under the data
 * folder)
 */
@ConfigurationProperties("fanloop.search")
record SearchSettings(@DefaultValue("${fanloop.data-dir}/search") Path directory) {
}
