package org.fanloop.sso;

import java.time.Instant;
import java.util.Optional;

import org.fanloop.web.Words;
import org.fanloop.accounts.Member;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.PasswordSignInRule;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.ProductService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an outside identity into a member. The first sign-in links the identity to the
 * member who verified the same address, but only when the outside system vouches for the
 * address (never by an unverified one on either side: that would hand an account to
 * whoever typed its address somewhere); otherwise it makes a new member. Later sign-ins
 * find the link.
 */
@Service
class SsoService implements PasswordSignInRule {

	private final MemberIdentities identities;

	private final MemberService members;

	private final ProductService products;

	private final SsoPolicy policy;

	SsoService(MemberIdentities identities, MemberService members, ProductService products, SsoPolicy policy) {
		this.identities = identities;
		this.members = members;
		this.products = products;
		this.policy = policy;
	}

	@Transactional
	Member signIn(OutsideIdentity identity) {
		Optional<Member> linked = identities.member(identity.issuer(), identity.subject()).flatMap(members::find);
		if (linked.isPresent()) {
			return linked.get();
		}
		String email = identity.email();
		if (email == null || email.isBlank() || !email.contains("@")) {
			throw new SsoRefused(Words.of("sso-no-email"));
		}
		Member member = identity.emailVerified()
				? members.holdersOf(email).stream().filter(Member::emailVerified).findFirst().orElse(null) : null;
		if (member == null) {
			String name = (identity.name() != null && !identity.name().isBlank()) ? identity.name()
					: email.substring(0, email.indexOf('@'));
			member = members.createExternal(name, email, identity.emailVerified());
		}
		if (!identities.link(identity.issuer(), identity.subject(), member.id(), Instant.now())) {
			// A sign-in of the same identity on another request linked it first.
			return identities.member(identity.issuer(), identity.subject())
				.flatMap(members::find)
				.orElseThrow(() -> new SsoRefused(Words.of("sso-failed")));
		}
		return member;
	}

	@Override
	public Optional<Words> refuse(SignedInMember member) {
		if (policy.requireForStaff() && products.isStaffAnywhere(member)) {
			return Optional.of(Words.of("staff-sso"));
		}
		return Optional.empty();
	}

}
