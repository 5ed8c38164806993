package org.fanloop.accounts;

import java.time.Instant;

/**
 * A member of the community, as others may see them (the email only reaches its owner).
 */
public record Member(long id, String username, String email, boolean admin, Instant createdAt) {

	public MemberProfile profile() {
		return new MemberProfile(id, username, admin, createdAt);
	}

}
