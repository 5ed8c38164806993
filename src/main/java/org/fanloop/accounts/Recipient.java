package org.fanloop.accounts;

import java.util.Locale;

/** A member's email address and the language to write to them in. */
public record Recipient(String email, Locale language) {
}
