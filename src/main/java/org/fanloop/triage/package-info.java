/**
 * Automatic triage: each new post gets a suggested kind (and, with several products, a
 * suggested product) with a confidence, from linear classifiers trained on the labels
 * staff gave when they corrected or confirmed a suggestion.
 */
@ApplicationModule(displayName = "Triage", allowedDependencies = { "accounts", "posts", "products", "web", "meanings" })
@NullMarked
package org.fanloop.triage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
