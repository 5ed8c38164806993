package org.fanloop.testers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.fanloop.web.Refused;
import org.fanloop.web.Words;
import org.fanloop.accounts.Member;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.fanloop.web.Secrets;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment links: staff make, list and revoke them; members join a programme through
 * one. Only a link's SHA-256 is stored, like API tokens'.
 */
@Service
public class InvitationService {

	private final Invitations invitations;

	private final TesterService testers;

	private final ProductService products;

	private final MemberService members;

	InvitationService(Invitations invitations, TesterService testers, ProductService products, MemberService members) {
		this.invitations = invitations;
		this.testers = testers;
		this.products = products;
		this.members = members;
	}

	@Transactional
	public InvitationCreated create(String productSlug, NewInvitation invitation, @Nullable SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "invite testers");
		String token = Secrets.randomToken("", 24);
		long id = invitations.insert(product.id(), hash(token), invitation, actor.username(), Instant.now());
		return new InvitationCreated(invitations.byId(id).orElseThrow(), token, "/join/" + token);
	}

	public List<Invitation> list(String productSlug, @Nullable SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "see its enrolment links");
		return invitations.of(product.id());
	}

	@Transactional
	public void revoke(String productSlug, long id, @Nullable SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "revoke its enrolment links");
		if (!invitations.revoke(id, product.id(), Instant.now())) {
			throw new ProgrammeConflict(HttpStatus.NOT_FOUND, "No such link", "no-enrolment-link", id, product.name());
		}
	}

	/**
	 * The member joins through the link ({@link #find}); 409 for a revoked, expired or
	 * used-up one or a full programme, 403 for a member too new for it.
	 */
	@Transactional
	public TesterService.Applied join(Invitation invitation, SignedInMember member) {
		Instant now = Instant.now();
		if (invitation.revokedAt() != null) {
			throw new ProgrammeConflict(HttpStatus.CONFLICT, "Link revoked", "link-revoked");
		}
		if (invitation.expiresAt() != null && !now.isBefore(invitation.expiresAt())) {
			throw new ProgrammeConflict(HttpStatus.CONFLICT, "Link expired", "link-expired");
		}
		if (invitation.minMemberDays() != null) {
			Member joined = members.find(member.id()).orElseThrow();
			if (joined.createdAt().plus(Duration.ofDays(invitation.minMemberDays())).isAfter(now)) {
				throw new Refused(Words.of("link-member-days", invitation.minMemberDays()));
			}
		}
		return testers.join(invitation, member);
	}

	/** The link with this token; 404 for a link that never was. */
	public Invitation find(String token) {
		return invitations.byTokenHash(hash(token))
			.orElseThrow(() -> new ProgrammeConflict(HttpStatus.NOT_FOUND, "No such link", "link-missing"));
	}

	private static String hash(String token) {
		return Secrets.sha256Hex(token);
	}

}
