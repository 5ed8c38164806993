package org.fanloop.testers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

import org.fanloop.Savepoints;
import org.fanloop.accounts.Member;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The beta programmes: members apply, staff decide within the cap, testers may leave.
 */
@Service
public class TesterService {

	private final Testers testers;

	private final ProductService products;

	private final MemberService members;

	private final Savepoints savepoints;

	/** Counts one use of an enrolment link; false when it is used up. */
	private final LongPredicate invitationUses;

	private final List<RecentBetas> recentBetas;

	private final TesterSettings settings;

	private final ApplicationEventPublisher events;

	/** What other modules ask of applicants (a reputation level). */
	private final List<ApplicationCriteria> criteria;

	TesterService(Testers testers, ProductService products, MemberService members, Savepoints savepoints,
			Invitations invitations, List<RecentBetas> recentBetas, TesterSettings settings,
			ApplicationEventPublisher events, List<ApplicationCriteria> criteria) {
		this.criteria = criteria;
		this.recentBetas = recentBetas;
		this.settings = settings;
		this.events = events;
		this.invitationUses = invitations::use;
		this.testers = testers;
		this.products = products;
		this.members = members;
		this.savepoints = savepoints;
	}

	/**
	 * The product's programme (open, no cap, until staff set it otherwise).
	 */
	public BetaProgramme programme(long productId) {
		return programme(productId, activity(productId));
	}

	/** The programme, its tester counts taken from this activity. */
	public BetaProgramme programme(long productId, ProgrammeActivity activity) {
		BetaProgramme stored = testers.programme(productId)
			.orElseGet(() -> new BetaProgramme(productId, true, null, 0, 0));
		return new BetaProgramme(productId, stored.open(), stored.testerCap(), activity.active(), activity.inactive());
	}

	/**
	 * Who of the product's testers is active on its last few betas
	 * ({@code fanloop.testers.active-betas}).
	 */
	public ProgrammeActivity activity(long productId) {
		List<RecentBetas.RecentBeta> recent = recentBetas.stream()
			.flatMap(source -> source.of(productId, settings.activeBetas()).stream())
			.toList();
		Instant since = recent.isEmpty() ? null : recent.get(recent.size() - 1).publishedAt();
		List<TesterActivity> list = testers
			.activity(productId, recent.stream().map(RecentBetas.RecentBeta::buildId).toList())
			.stream()
			.map(row -> new TesterActivity(row.username(), row.acceptedAt(), row.lastActiveAt(), row.opened(),
					row.reported(), row.bugs(),
					since == null || row.opened() + row.reported() + row.bugs() > 0
							|| (row.acceptedAt() != null && !row.acceptedAt().isBefore(since))))
			.toList();
		return ProgrammeActivity.of(settings.activeBetas(), recent.size(), list);
	}

	/**
	 * Staff see who of the product's testers is active.
	 */
	public ProgrammeActivity activity(String productSlug, SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "see its testers");
		return activity(product.id());
	}

	/**
	 * Records that a member did something with a beta build (the first time of each kind
	 * per build counts). Only testers and staff see a beta; staff's rows are kept as
	 * facts and never judged, since only accepted testers are.
	 */
	public void recordActivity(long productId, long buildId, long memberId, ActivityKind kind) {
		savepoints.insert(() -> testers.recordActivity(productId, memberId, buildId, kind, Instant.now()));
	}

	/**
	 * Staff remove every inactive tester in one action; each gets a notice and may apply
	 * again. Returns the usernames removed.
	 */
	@Transactional
	public List<String> prune(String productSlug, SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "prune its testers");
		ensureProgramme(product.id());
		testers.lockProgramme(product.id());
		ProgrammeActivity activity = activity(product.id());
		List<Long> removed = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (TesterActivity tester : activity.inactiveTesters()) {
			Member member = members.get(tester.username());
			if (testers.delete(product.id(), member.id())) {
				removed.add(member.id());
				names.add(member.username());
			}
		}
		if (!removed.isEmpty()) {
			events.publishEvent(new TestersPruned(product.id(), product.name(), product.slug(), List.copyOf(removed),
					activity.betas(), Instant.now()));
		}
		return names;
	}

	/**
	 * Staff open or close the programme and set its cap.
	 */
	@Transactional
	public BetaProgramme configure(String productSlug, ProgrammeSettings settings, SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "run its beta programme");
		ensureProgramme(product.id());
		testers.updateProgramme(product.id(), settings.open(), settings.testerCap());
		return programme(product.id());
	}

	/**
	 * The member applies to the product's beta programme; applying again changes nothing.
	 * Throws {@link ProgrammeConflict} when the programme is closed or the member was
	 * declined.
	 */
	@Transactional
	public Application apply(String productSlug, SignedInMember member) {
		return applyOnce(productSlug, member).application();
	}

	/**
	 * {@link #apply}, saying whether this request made the application: of several at
	 * once, exactly one did, and the others see it as already made.
	 */
	@Transactional
	public Applied applyOnce(String productSlug, SignedInMember member) {
		Product product = products.get(productSlug);
		Application existing = testers.application(product.id(), member.id()).orElse(null);
		if (existing != null) {
			if (existing.state() == TesterState.DECLINED) {
				throw new ProgrammeConflict(HttpStatus.CONFLICT, "Application declined", "application-declined",
						product.name());
			}
			return new Applied(existing, false);
		}
		if (!programme(product.id()).open()) {
			throw new ProgrammeConflict(HttpStatus.CONFLICT, "Beta programme closed", "programme-closed",
					product.name());
		}
		requireCriteria(product, member);
		// The same member's second request may win the race; theirs stands.
		boolean created = savepoints
			.insert(() -> testers.insert(product.id(), member.id(), member.username(), Instant.now()));
		return new Applied(testers.application(product.id(), member.id()).orElseThrow(), created);
	}

	/**
	 * The member joins through an enrolment link: the link's rules instead of the
	 * programme's "open" (a link works for a programme closed to applications), its use
	 * counted once per new application, and with auto-accept the programme's cap holds.
	 */
	@Transactional
	public Applied join(Invitation invitation, SignedInMember member) {
		Product product = products.get(invitation.productId());
		Application existing = testers.application(product.id(), member.id()).orElse(null);
		if (existing != null && existing.state() == TesterState.DECLINED) {
			throw new ProgrammeConflict(HttpStatus.CONFLICT, "Application declined", "application-declined",
					product.name());
		}
		boolean created = false;
		if (existing == null) {
			requireCriteria(product, member);
			created = savepoints
				.insert(() -> testers.insert(product.id(), member.id(), member.username(), Instant.now()));
			if (created && !invitationUses.test(invitation.id())) {
				throw new ProgrammeConflict(HttpStatus.CONFLICT, "Link used up", "link-used-up");
			}
		}
		Application application = testers.application(product.id(), member.id()).orElseThrow();
		if (invitation.autoAccept() && application.state() == TesterState.PENDING) {
			ensureProgramme(product.id());
			testers.lockProgramme(product.id());
			if (programme(product.id()).full()) {
				throw new ProgrammeConflict(HttpStatus.CONFLICT, "Beta programme full", "programme-full",
						product.name(), programme(product.id()).testerCap());
			}
			testers.decide(product.id(), member.id(), TesterState.ACCEPTED, Instant.now());
			application = testers.application(product.id(), member.id()).orElseThrow();
		}
		return new Applied(application, created);
	}

	/** An application, and whether the request that returned it made it. */
	public record Applied(Application application, boolean created) {
	}

	/**
	 * Staff accept or decline an application. Accepting beyond the cap throws
	 * {@link ProgrammeConflict}.
	 */
	@Transactional
	public Application decide(String productSlug, String username, TesterState state, SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "run its beta programme");
		Member member = members.get(username);
		ensureProgramme(product.id());
		testers.lockProgramme(product.id());
		Application application = testers.application(product.id(), member.id())
			.orElseThrow(() -> new ProgrammeConflict(HttpStatus.NOT_FOUND, "No application", "no-application",
					member.username(), product.name()));
		if (state == TesterState.ACCEPTED && application.state() != TesterState.ACCEPTED
				&& programme(product.id()).full()) {
			throw new ProgrammeConflict(HttpStatus.CONFLICT, "Beta programme full", "programme-full", product.name(),
					programme(product.id()).testerCap());
		}
		testers.decide(product.id(), member.id(), state, Instant.now());
		return testers.application(product.id(), member.id()).orElseThrow();
	}

	/**
	 * A tester leaves the programme, or staff remove them. Returns false if they were not
	 * in it.
	 */
	@Transactional
	public boolean leave(String productSlug, String username, SignedInMember actor) {
		Product product = products.get(productSlug);
		Member member = members.get(username);
		if (member.id() != actor.id()) {
			products.requireStaff(product.id(), actor, "remove its testers");
		}
		return testers.delete(product.id(), member.id());
	}

	/** The member ids of the product's accepted testers, in id order. */
	public List<Long> testerIds(long productId) {
		return testers.acceptedIds(productId);
	}

	/**
	 * Whether the member is an accepted tester of the product.
	 */
	public boolean isTester(long productId, long memberId) {
		return testers.application(productId, memberId).map(a -> a.state() == TesterState.ACCEPTED).orElse(false);
	}

	/**
	 * The member's application, if any.
	 */
	public @Nullable Application applicationOf(long productId, long memberId) {
		return testers.application(productId, memberId).orElse(null);
	}

	/**
	 * The applications to the product's programme (staff only), oldest first.
	 */
	public List<Application> applications(String productSlug, @Nullable TesterState state, SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "see its beta applications");
		return (state != null) ? testers.of(product.id(), state) : testers.of(product.id());
	}

	private void requireCriteria(Product product, SignedInMember member) {
		for (ApplicationCriteria source : criteria) {
			source.unmet(product.id(), member.username()).ifPresent(reason -> {
				throw new ProgrammeConflict(HttpStatus.FORBIDDEN, "Not eligible", reason);
			});
		}
	}

	private void ensureProgramme(long productId) {
		if (testers.programme(productId).isEmpty()) {
			// A concurrent request may make it first: what we wanted exists either way.
			savepoints.insert(() -> testers.insertProgramme(productId));
		}
	}

}
