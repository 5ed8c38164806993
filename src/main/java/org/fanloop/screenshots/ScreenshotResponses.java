package org.fanloop.screenshots;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How an image leaves: its own type only (nosniff), kept by the browser but by no shared
 * cache (it is private to who may see the build), shown inline under a name we chose, and
 * in a sandbox should anybody open it as a document.
 */
final class ScreenshotResponses {

	private ScreenshotResponses() {
	}

	static ResponseEntity<byte[]> image(ScreenshotService.Served served) {
		Screenshot screenshot = served.screenshot();
		String extension = screenshot.contentType().equals("image/jpeg") ? "jpg" : "png";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(screenshot.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.header("Content-Disposition",
					ContentDisposition.inline()
						.filename("screenshot-" + screenshot.id() + "." + extension)
						.build()
						.toString())
			.body(served.bytes());
	}

}
