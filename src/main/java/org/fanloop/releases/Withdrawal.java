package org.fanloop.releases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a published beta build is withdrawn; the note goes on every post it moves back,
 * after "Beta build {version} was withdrawn: ", so it is shorter than a status note
 * (2,000 characters) by the longest such prefix.
 */
public record Withdrawal(@NotBlank @Size(max = MAX_NOTE, message = "must be at most " + MAX_NOTE
		+ " characters: it goes on every post the build moved back") String note) {

	/**
	 * A status note's 2,000 characters less "Beta build " + a 40-character version + "
	 * was withdrawn: ".
	 */
	public static final int MAX_NOTE = 2000 - 67;

}
