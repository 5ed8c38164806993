package org.fanloop.accounts;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Installation-wide roles. Staff is not among them: it is per product and checked by the
 * products module.
 */
final class Roles {

	private static final List<GrantedAuthority> MEMBER = List.of(new SimpleGrantedAuthority("ROLE_MEMBER"));

	private static final List<GrantedAuthority> ADMIN = List.of(new SimpleGrantedAuthority("ROLE_MEMBER"),
			new SimpleGrantedAuthority("ROLE_ADMIN"));

	private Roles() {
	}

	static List<GrantedAuthority> of(SignedInMember member) {
		return member.admin() ? ADMIN : MEMBER;
	}

}
