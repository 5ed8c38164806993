package org.fanloop.accounts;

/**
 * Staff made an account for somebody they heard from by email; the member is told by
 * email how to claim it ({@code token} goes into the link and nowhere else but the
 * notification that carries it).
 */
public record MemberInvited(long memberId, String username, String token, String invitedBy) {
}
