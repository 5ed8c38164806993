package org.fanloop.accounts;

import java.time.Instant;

/**
 * A member of the community, as others may see them (the email only reaches its owner).
 *
 * @param emailVerified whether the member proved they receive mail at {@code email}
 */
public record Member(long id, String username, String email, boolean admin, Instant createdAt, boolean emailVerified) {

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
