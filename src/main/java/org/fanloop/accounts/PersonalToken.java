package org.fanloop.accounts;

import java.time.Instant;

/**
 * One of a member's personal access tokens, as the member sees it: never the token
 * itself, which is shown once when it is made.
 */
public record PersonalToken(long id, String name, Instant createdAt) {
}
