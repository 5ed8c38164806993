package org.fanloop.accounts;

import java.time.Instant;

/**
 * A member of the community, as others may see them (the email only reaches its owner).
 */
public record Member(long id, String username, String email, boolean admin, Instant createdAt) {

	public MemberProfile profile() {
		return new MemberProfile(id, username, admin, createdAt);
	}

	/**
	 * This member acting, as when they have signed in (for work done on their behalf).
	 */
	public SignedInMember signedIn() {
		return new SignedInMember(id, username, admin);
	}

}
