package org.fanloop.installation;

import jakarta.validation.Valid;

import org.fanloop.accounts.SignUp;
import org.fanloop.products.NewProduct;

/**
 * The setup page: the first admin and the first product.
 */
record SetupForm(@Valid SignUp admin, @Valid NewProduct product) {
}
