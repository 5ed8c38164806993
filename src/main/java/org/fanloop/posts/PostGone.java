package org.fanloop.posts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A post its author deleted or staff hid or marked spam: only staff still see it.
 */
public class PostGone extends ErrorResponseException {

	PostGone(long id, String moderation) {
		super(HttpStatus.GONE, problem(id, moderation), null);
	}

	private static ProblemDetail problem(long id, String moderation) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "Post " + id + (switch (moderation) {
			case "deleted" -> " was deleted by its author.";
			case "spam" -> " was removed as spam.";
			default -> " was hidden by the team.";
		}));
		problem.setTitle("Post removed");
		return problem;
	}

}
