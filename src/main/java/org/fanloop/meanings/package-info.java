/**
 * What a text means, as a vector from a small sentence model run in process: similar
 * posts find duplicates in other words by it, and triage tells a bug from a question
 * better with it.
 */
@ApplicationModule(displayName = "Meanings", allowedDependencies = {})
@NullMarked
package org.fanloop.meanings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
