package org.fanloop.releases;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * A value that names no channel: a 400 naming the {@code channel} field.
 */
class InvalidChannel extends ModuleProblem {

	InvalidChannel(String value) {
		super(HttpStatus.BAD_REQUEST, "Invalid channel", Words.of("channel-invalid", value), "channel",
				Words.of("channels"));
	}

}
