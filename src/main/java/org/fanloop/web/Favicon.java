package org.fanloop.web;

import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Browsers ask for {@code /favicon.ico} whatever the page links: the site's icon, cached
 * for a week like the other static files, instead of a 404 on every first visit.
 */
@Controller
class Favicon {

	private static final Resource ICON = new ClassPathResource("static/favicon.svg");

	@GetMapping("/favicon.ico")
	ResponseEntity<Resource> favicon() {
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)))
			.body(ICON);
	}

}
