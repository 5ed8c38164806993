/**
 * What every page and API call share: problem details for errors (worded by messages in
 * the caller's language: {@link org.fanloop.web.ModuleProblem},
 * {@link org.fanloop.web.Words}, {@link org.fanloop.web.Refused}), the interface's
 * languages, the OpenAPI description, the layout and the stylesheet.
 */
@ApplicationModule(displayName = "Web", allowedDependencies = {})
@NullMarked
package org.fanloop.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
