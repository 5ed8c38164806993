/**
 * What every page and API call share: problem details for errors, the OpenAPI
 * description, the layout and the stylesheet.
 */
@ApplicationModule(displayName = "Web", allowedDependencies = {})
@NullMarked
package org.fanloop.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
