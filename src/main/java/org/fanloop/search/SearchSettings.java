package org.fanloop.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the index lives.
 *
 * @param directory the index folder, one per node ({@code search} under the data folder,
 * set in {@code application.properties}: a default here would not resolve the data
 * folder's placeholder)
 */
@ConfigurationProperties("fanloop.search")
record SearchSettings(Path directory) {
}
