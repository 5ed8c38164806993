package org.fanloop.screenshots;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where screenshots live and how big they may be.
 *
 * @param directory the folder that holds the image files (by default {@code screenshots}
 * in the data folder); the database keeps only their metadata
 * @param maxSize the largest upload
 * @param perItem the most screenshots on one bug or one experience report
 * @param maxPixels the largest image in pixels: a 5 MB PNG can claim to be 50,000 ×
 * 50,000 pixels, which would take 10 GB to decode; the header is checked first
 */
@ConfigurationProperties("fanloop.screenshots")
record ScreenshotSettings(Path directory, @DefaultValue("5MB") DataSize maxSize, @DefaultValue("5") int perItem,
		@DefaultValue("40000000") long maxPixels) {
}
