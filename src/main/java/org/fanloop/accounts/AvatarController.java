package org.fanloop.accounts;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Members' generated avatars ({@link Identicon}). Drawn from the name alone, without a
 * database read, and cached by browsers for a week: a board of 30 cards costs its readers
 * 30 small images once.
 */
@Controller
class AvatarController {

	@GetMapping(path = "/members/{username}/avatar.svg", produces = "image/svg+xml")
	ResponseEntity<String> avatar(@PathVariable String username) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
			.contentType(MediaType.valueOf("image/svg+xml"))
			.body(Identicon.svg(username));
	}

}
