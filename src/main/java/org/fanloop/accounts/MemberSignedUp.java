package org.fanloop.accounts;

import java.util.Locale;

/**
 * Somebody signed up (not an import, not the first admin): their address is to be proved,
 * in the language they signed up in.
 */
public record MemberSignedUp(long memberId, String username, String email, Locale language) {
}
