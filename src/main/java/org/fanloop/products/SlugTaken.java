package org.fanloop.products;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * Another product has this slug already.
 */
public class SlugTaken extends ModuleProblem {

	SlugTaken(String slug) {
		super(HttpStatus.CONFLICT, "Slug taken", Words.of("slug-taken", slug), "slug", Words.of("taken"));
	}

}
