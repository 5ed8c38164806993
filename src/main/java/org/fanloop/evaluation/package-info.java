/**
 * Measuring Fanloop's suggestions on public data: {@code --eval=duplicates <folder>} and
 * {@code --eval=triage <folder>} load a data set into a fresh, temporary installation
 * through the product's own services and print how well the similar posts and the triage
 * suggestions do.
 */
@ApplicationModule(displayName = "Evaluation",
		allowedDependencies = { "accounts", "posts", "products", "search", "triage" })
@NullMarked
package org.fanloop.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
