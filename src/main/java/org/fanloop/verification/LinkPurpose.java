package org.fanloop.verification;

import java.util.Locale;

/**
 * What a mailed link is for.
 */
enum LinkPurpose {

	VERIFY, RESET;

	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
