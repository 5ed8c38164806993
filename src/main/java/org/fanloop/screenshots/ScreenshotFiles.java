package org.fanloop.screenshots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import org.fanloop.web.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The image files, in the screenshots folder under random names (no name an uploader
 * chose ever reaches the disk). A file is written to a temporary name and moved into
 * place, so a crash leaves no half image under a real name; the database row is written
 * after the file, so a row never points to nothing.
 */
@Component
class ScreenshotFiles {

	private static final Logger log = LoggerFactory.getLogger(ScreenshotFiles.class);

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{16,64}\\.(png|jpg)");

	private final Path directory;

	ScreenshotFiles(ScreenshotSettings settings) {
		this.directory = settings.directory().toAbsolutePath().normalize();
	}

	/** Stores the bytes under a new random name, which it returns. */
	String store(byte[] bytes, String extension) {
		String name = Secrets.randomToken("", 18) + "." + extension;
		try {
			Files.createDirectories(directory);
			Path temporary = Files.createTempFile(directory, "upload-", ".tmp");
			try {
				Files.write(temporary, bytes);
				try {
					Files.move(temporary, resolve(name), StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(temporary, resolve(name));
				}
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store a screenshot in " + directory, ex);
		}
		return name;
	}

	byte[] read(String name) {
		try {
			return Files.readAllBytes(resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read screenshot " + name, ex);
		}
	}

	/** Deletes the file; a file already gone is no error. */
	void delete(String name) {
		try {
			Files.deleteIfExists(resolve(name));
		}
		catch (IOException ex) {
			log.warn("Could not delete screenshot file {}: {}", name, ex.getMessage());
		}
	}

	boolean exists(String name) {
		return Files.exists(resolve(name));
	}

	private Path resolve(String name) {
		// Names come from the database, which only store() fills; checked all the same.
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a screenshot file name: " + name);
		}
		return directory.resolve(name);
	}

}
