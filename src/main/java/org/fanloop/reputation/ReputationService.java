package org.fanloop.reputation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.fanloop.web.Refused;
import org.fanloop.web.Words;
import org.fanloop.Savepoints;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.BugConfirmed;
import org.fanloop.posts.CommentMarkedHelpful;
import org.fanloop.posts.Contributions;
import org.fanloop.posts.PostCard;
import org.fanloop.posts.PostDeleted;
import org.fanloop.posts.PostKind;
import org.fanloop.posts.PostService;
import org.fanloop.posts.PostStatus;
import org.fanloop.posts.PostStatusChanged;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.fanloop.reports.ReportService;
import org.fanloop.reports.ReportSubmitted;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awards points as contributions happen (in the same transaction as the fact, so the two
 * never disagree after a crash), reads members' reputation and levels, recomputes the
 * ledger from the facts to prove it, and asks beta applicants for a product's level.
 */
@Service
public class ReputationService {

	private final ReputationLedger ledger;

	private final ReputationSettings settings;

	private final PostService posts;

	private final Contributions contributions;

	private final ReportService reports;

	private final ProductService products;

	private final MemberService members;

	private final Savepoints savepoints;

	/** Review sessions' attendance, from the module that keeps it (if any). */
	private final List<AttendanceFacts> attendance;

	ReputationService(ReputationLedger ledger, ReputationSettings settings, PostService posts,
			Contributions contributions, ReportService reports, ProductService products, MemberService members,
			Savepoints savepoints, List<AttendanceFacts> attendance) {
		this.attendance = attendance;
		this.ledger = ledger;
		this.settings = settings;
		this.posts = posts;
		this.contributions = contributions;
		this.reports = reports;
		this.products = products;
		this.members = members;
		this.savepoints = savepoints;
		settings.levelList();
	}

	// --- awarding

	@EventListener
	void on(PostStatusChanged changed) {
		if (changed.to() != PostStatus.IN_BETA && changed.to() != PostStatus.SHIPPED) {
			return;
		}
		List<PostCard> cards = posts.cards(List.of(changed.postId()), null);
		if (cards.isEmpty()) {
			return;
		}
		PostCard post = cards.getFirst();
		milestone(post.id(), post.productId(), post.kind(), post.authorName(), changed.to(), changed.changedAt())
			.ifPresent(this::award);
	}

	@EventListener
	void on(BugConfirmed confirmed) {
		award(entry(confirmed.authorName(), confirmed.productId(), Reason.BUG_CONFIRMED, confirmed.postId(),
				confirmed.postId(), confirmed.at()));
	}

	@EventListener
	void on(CommentMarkedHelpful marked) {
		award(entry(marked.authorName(), marked.productId(), Reason.HELPFUL_COMMENT, marked.commentId(),
				marked.postId(), marked.at()));
	}

	@EventListener
	void on(ReportSubmitted submitted) {
		award(entry(submitted.tester(), submitted.productId(), Reason.EXPERIENCE_REPORT, submitted.reportId(), null,
				submitted.at()));
	}

	@EventListener
	void on(Attended attended) {
		award(entry(attended.username(), attended.productId(), Reason.SESSION_ATTENDED, attended.attendanceId(), null,
				attended.at()));
	}

	/** A deleted post's points go with it, as its facts do. */
	@EventListener
	void on(PostDeleted deleted) {
		ledger.forgetPost(deleted.postId());
	}

	private void award(ReputationLedger.Entry entry) {
		// Once per reason and subject: a redelivered event, or an idea back in beta after
		// a withdrawal, earns nothing more.
		savepoints.insert(() -> ledger.insert(entry));
	}

	private Optional<ReputationLedger.Entry> milestone(long postId, long productId, PostKind kind, String author,
			PostStatus status, Instant at) {
		Reason reason = null;
		if (kind == PostKind.IDEA) {
			reason = (status == PostStatus.IN_BETA) ? Reason.IDEA_IN_BETA : Reason.IDEA_SHIPPED;
		}
		else if (kind == PostKind.BUG && status == PostStatus.SHIPPED) {
			reason = Reason.BUG_FIXED;
		}
		return Optional.ofNullable(reason).map(r -> entry(author, productId, r, postId, postId, at));
	}

	private ReputationLedger.Entry entry(String username, long productId, Reason reason, long subjectId,
			@Nullable Long postId, Instant at) {
		return new ReputationLedger.Entry(username, productId, reason, subjectId, postId, settings.points(reason), at);
	}

	// --- reading

	/**
	 * A member's reputation: points, level, the next level, how the points were earned.
	 */
	public Reputation of(String username) {
		String name = members.get(username).username();
		Map<Reason, long[]> breakdown = ledger.breakdown(name);
		long points = breakdown.values().stream().mapToLong(counts -> counts[1]).sum();
		ReputationSettings.Level level = settings.levelOf(points);
		ReputationSettings.Level next = settings.nextAfter(level);
		List<Reputation.Earned> earned = new ArrayList<>();
		for (Reason reason : Reason.values()) {
			long[] counts = breakdown.get(reason);
			if (counts != null) {
				earned.add(new Reputation.Earned(reason, counts[0], counts[1]));
			}
		}
		List<Reputation.Recent> recent = ledger.of(name, 20)
			.stream()
			.map(entry -> new Reputation.Recent(entry.reason(), entry.productId(), entry.subjectId(), entry.postId(),
					entry.points(), entry.at()))
			.toList();
		return new Reputation(name, points, level.name(), (next != null) ? next.name() : null,
				(next != null) ? next.points() - points : null, earned, recent);
	}

	/** The level names of these members (for names shown on a page). */
	public Map<String, String> levels(Collection<String> usernames) {
		Map<String, Long> totals = ledger.totals(usernames);
		Map<String, String> levels = new HashMap<>();
		usernames.forEach(name -> levels.put(name, settings.levelOf(totals.getOrDefault(name, 0L)).name()));
		return levels;
	}

	/**
	 * The members who earned most with this product, best first, with what for: whom to
	 * invite to a review session. Those in {@code except} are left out.
	 */
	public List<Contributor> topContributors(long productId, Collection<String> except, int limit) {
		return ledger.byProduct(productId)
			.entrySet()
			.stream()
			.filter(e -> !except.contains(e.getKey()))
			.map(e -> new Contributor(e.getKey(), e.getValue().values().stream().mapToLong(counts -> counts[1]).sum(),
					reasons(e.getValue())))
			.sorted(Comparator.comparingLong(Contributor::points).reversed().thenComparing(Contributor::username))
			.limit(limit)
			.toList();
	}

	/** A member's standing with one product and why. */
	public record Contributor(String username, long points, String reasons) {
	}

	private static String reasons(Map<Reason, long[]> byReason) {
		List<String> parts = new ArrayList<>();
		for (Reason reason : Reason.values()) {
			long[] counts = byReason.get(reason);
			if (counts != null) {
				parts.add(counts[0] + " × " + reason.value().replace('_', ' '));
			}
		}
		return String.join(", ", parts);
	}

	public List<ReputationSettings.Level> levelList() {
		return settings.levelList();
	}

	// --- proving

	/**
	 * Recomputes every member's points from the facts the posts and reports modules keep
	 * and compares them with the ledger (admins): each difference is a member whose
	 * stored total or rows disagree. There must be none.
	 */
	public Recomputation recompute(SignedInMember actor) {
		if (!actor.admin()) {
			throw new Refused(Words.of("admins-reputation"));
		}
		List<ReputationLedger.Entry> expected = expected();
		List<ReputationLedger.Entry> stored = ledger.all();
		Map<String, long[]> byMember = new TreeMap<>();
		expected.forEach(e -> byMember.computeIfAbsent(e.username(), name -> new long[2])[1] += e.points());
		stored.forEach(e -> byMember.computeIfAbsent(e.username(), name -> new long[2])[0] += e.points());
		TreeSet<String> expectedKeys = new TreeSet<>(expected.stream().map(ReputationLedger.Entry::key).toList());
		TreeSet<String> storedKeys = new TreeSet<>(stored.stream().map(ReputationLedger.Entry::key).toList());
		List<Recomputation.Difference> differences = new ArrayList<>();
		byMember.forEach((name, totals) -> {
			if (totals[0] != totals[1]) {
				differences.add(new Recomputation.Difference(name, totals[0], totals[1]));
			}
		});
		List<String> missing = expectedKeys.stream().filter(key -> !storedKeys.contains(key)).toList();
		List<String> extra = storedKeys.stream().filter(key -> !expectedKeys.contains(key)).toList();
		return new Recomputation(stored.size(), expected.size(), differences, missing, extra);
	}

	/**
	 * Writes the ledger rows the facts call for and the ledger lacks, and returns how
	 * many: for facts written around the listeners (the generator's synthetic community).
	 * Rows already there stay as they are, so the recomputation finds no difference
	 * afterwards.
	 */
	@Transactional
	public int fillFromFacts() {
		Set<String> stored = new HashSet<>(ledger.all().stream().map(ReputationLedger.Entry::key).toList());
		List<ReputationLedger.Entry> missing = expected().stream()
			.filter(entry -> !stored.contains(entry.key()))
			.toList();
		ledger.insertAll(missing);
		return missing.size();
	}

	/** The ledger as the facts call for it. */
	private List<ReputationLedger.Entry> expected() {
		List<ReputationLedger.Entry> expected = new ArrayList<>();
		contributions.milestones()
			.forEach(m -> milestone(m.postId(), m.productId(), m.kind(), m.authorName(), m.status(), m.at())
				.ifPresent(expected::add));
		contributions.confirmedBugs()
			.forEach(f -> expected
				.add(entry(f.authorName(), f.productId(), Reason.BUG_CONFIRMED, f.subjectId(), f.subjectId(), f.at())));
		contributions.helpfulComments()
			.forEach(f -> expected
				.add(entry(f.authorName(), f.productId(), Reason.HELPFUL_COMMENT, f.subjectId(), null, f.at())));
		reports.submissions()
			.forEach(r -> expected
				.add(entry(r.tester(), r.productId(), Reason.EXPERIENCE_REPORT, r.reportId(), null, r.at())));
		attendance.stream()
			.flatMap(source -> source.attended().stream())
			.forEach(a -> expected
				.add(entry(a.username(), a.productId(), Reason.SESSION_ATTENDED, a.attendanceId(), null, a.at())));
		return expected;
	}

	// --- the beta's level

	public @Nullable String minLevel(long productId) {
		return ledger.minLevel(productId).orElse(null);
	}

	/** Staff set the level a beta applicant needs (null: none). */
	@Transactional
	public @Nullable String requireLevel(String productSlug, @Nullable String levelName, SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "set what its beta asks of applicants");
		if (levelName == null || levelName.isBlank()) {
			ledger.setMinLevel(product.id(), null);
			return null;
		}
		ReputationSettings.Level level = settings.named(levelName);
		if (level == null) {
			throw new InvalidReputationRequest("minLevel", Words.of("not-a-level",
					String.join(", ", settings.levelList().stream().map(ReputationSettings.Level::name).toList())));
		}
		ledger.setMinLevel(product.id(), level.name());
		return level.name();
	}

}
