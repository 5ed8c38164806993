package org.fanloop.products;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * No product has this slug.
 */
public class ProductNotFound extends ModuleProblem {

	ProductNotFound(String slug) {
		super(HttpStatus.NOT_FOUND, "Product not found", Words.of("product-not-found", slug));
	}

}
