/**
 * Products (one board each) and their staff teams.
 */
@ApplicationModule(displayName = "Products", allowedDependencies = { "accounts", "cluster", "web" })
@NullMarked
package org.fanloop.products;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
