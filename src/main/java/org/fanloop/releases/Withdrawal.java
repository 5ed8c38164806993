package org.fanloop.releases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a published beta build is withdrawn; the note goes on every post it moves back (the
 * timeline words "Beta build 2.0 was withdrawn" itself, in the reader's language).
 */
public record Withdrawal(@NotBlank @Size(max = MAX_NOTE, message = "must be at most " + MAX_NOTE
		+ " characters: it goes on every post the build moved back") String note) {

	/**
	 * A status note's 2,000 characters less the room "Beta build " + a 40-character
	 * version + " was withdrawn: " took when that sentence was part of the note: the
	 * limit clients know stays.
	 */
	public static final int MAX_NOTE = 2000 - 67;

}
