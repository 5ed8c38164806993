/**
 * The generator: fills an empty installation's database with a synthetic community of a
 * chosen size, reproducible from a seed, for benchmarks (COPY on PostgreSQL, batched
 * inserts on H2). Run as {@code java -jar fanloop.jar --fanloop.generator.posts=N}; it
 * writes the other modules' tables directly, as a restore would, and then asks the
 * reputation module to write the points those facts earn.
 */
@ApplicationModule(displayName = "Generator", allowedDependencies = { "reputation" })
@NullMarked
package org.fanloop.generator;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
