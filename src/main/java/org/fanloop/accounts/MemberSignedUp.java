package org.fanloop.accounts;

/**
 * Somebody signed up (not an import, not the first admin): their address is to be proved.
 */
public record MemberSignedUp(long memberId, String username, String email) {
}
