package org.fanloop.posts;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A post its author deleted or staff hid or marked spam: only staff still see it.
 */
public class PostGone extends ModuleProblem {

	PostGone(long id, String moderation) {
		super(HttpStatus.GONE, "Post removed", Words.of(switch (moderation) {
			case "deleted" -> "post-gone.deleted";
			case "spam" -> "post-gone.spam";
			default -> "post-gone.hidden";
		}, id));
	}

}
