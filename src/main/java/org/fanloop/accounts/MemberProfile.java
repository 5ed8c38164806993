package org.fanloop.accounts;

import java.time.Instant;

/**
 * What anybody may see of a member.
 */
public record MemberProfile(long id, String username, boolean admin, Instant joinedAt) {
}
