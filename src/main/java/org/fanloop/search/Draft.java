package org.fanloop.search;

/**
 * What a member has written of a post so far: its title and the start of its body (either
 * may be empty).
 */
public record Draft(String title, String body) {

	/** A title and a body's start are enough to find what is alike. */
	public static final int MAX_TEXT = 2000;

	public Draft {
		title = title.strip();
		body = body.strip();
		int room = Math.max(0, MAX_TEXT - title.length());
		body = body.substring(0, Math.min(body.length(), room));
	}

	boolean isBlank() {
		return title.isBlank() && body.isBlank();
	}

	String text() {
		return (title + "\n\n" + body).strip();
	}

}
