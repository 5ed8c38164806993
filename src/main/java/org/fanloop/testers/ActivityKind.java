package org.fanloop.testers;

import java.util.Locale;

/**
 * What a tester did with a beta build that shows they test it.
 */
public enum ActivityKind {

	/** Opened the build's page or asked the API for it. */
	OPENED,

	/** Submitted (or replaced) an experience report. */
	REPORTED,

	/** Filed a bug against it. */
	BUG;

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
