package org.fanloop.releases;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fanloop.web.Refused;
import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.BugReport;
import org.fanloop.posts.BugService;
import org.fanloop.posts.Markdown;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostCard;
import org.fanloop.posts.PostPipeline;
import org.fanloop.posts.PostService;
import org.fanloop.posts.PostStatus;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.fanloop.testers.ActivityKind;
import org.fanloop.testers.TesterService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A build's life: staff (or their CI) draft it, publish it, promote a beta through the
 * gate to stable, or withdraw a bad beta. Publishing and promoting move the posts the
 * build delivers along (in_beta, shipped) and record who had asked for them.
 */
@Service
public class BuildService {

	private final Builds builds;

	private final BuildAccess access;

	private final ProductService products;

	private final PostService posts;

	private final PostPipeline pipeline;

	private final BugService bugs;

	private final PromotionGate gate;

	private final Credits credits;

	private final Markdown markdown;

	private final ApplicationEventPublisher events;

	private final TesterService testers;

	/** The experience reports' figures, from the module that keeps them (if any). */
	private final List<ReportSummaries> reportSummaries;

	/** Stable builds' rollouts, from the module that keeps them (if any). */
	private final List<BuildRollouts> rollouts;

	BuildService(Builds builds, BuildAccess access, ProductService products, PostService posts, PostPipeline pipeline,
			BugService bugs, PromotionGate gate, Credits credits, Markdown markdown, ApplicationEventPublisher events,
			List<ReportSummaries> reportSummaries, List<BuildRollouts> rollouts, TesterService testers) {
		this.testers = testers;
		this.reportSummaries = reportSummaries;
		this.rollouts = rollouts;
		this.builds = builds;
		this.access = access;
		this.products = products;
		this.posts = posts;
		this.pipeline = pipeline;
		this.bugs = bugs;
		this.gate = gate;
		this.credits = credits;
		this.markdown = markdown;
		this.events = events;
	}

	/**
	 * Staff draft a build. Throws {@link BuildConflict} when the channel has the version
	 * already, and when a post cannot be delivered.
	 */
	@Transactional
	public Build draft(String productSlug, NewBuild draft, SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "draft its builds");
		Channel channel = Channel.of(draft.channel());
		String version = draft.version().strip();
		if (channel == Channel.STABLE) {
			requireReleaseVersion(version);
		}
		requireNewVersion(product.id(), product.name(), version);
		pipeline.requireDeliverable(product.id(), draft.posts());
		String notes = draft.notes().strip();
		long id = builds.insert(product.id(), version, channel, notes, markdown.toHtml(notes), actor.id(),
				actor.username(), null, Instant.now());
		List<PostCard> cards = posts.cards(draft.posts(), null);
		builds.replacePosts(id, drafted(cards));
		if (channel == Channel.BETA) {
			String whatToTest = WhatToTest.draft(cards);
			builds.whatToTest(id, whatToTest, markdown.toHtml(whatToTest));
		}
		return builds.byId(id).orElseThrow();
	}

	/**
	 * Staff change a draft's notes and posts.
	 */
	@Transactional
	public Build update(long id, BuildUpdate update, SignedInMember actor) {
		Build build = access.forStaff(id, actor);
		requireState(build, BuildState.DRAFT, "draft-only");
		pipeline.requireDeliverable(build.productId(), update.posts());
		String notes = update.notes().strip();
		builds.updateDraft(id, notes, markdown.toHtml(notes));
		// A "What to Test" nobody edited follows the posts; an edited one is staff's.
		List<Long> before = builds.posts(id).stream().map(Builds.BuildPost::postId).toList();
		boolean generated = build.channel() == Channel.BETA
				&& build.whatToTest().equals(WhatToTest.draft(posts.cards(before, null)));
		List<PostCard> cards = posts.cards(update.posts(), null);
		builds.replacePosts(id, drafted(cards));
		if (generated) {
			String whatToTest = WhatToTest.draft(cards);
			builds.whatToTest(id, whatToTest, markdown.toHtml(whatToTest));
		}
		return builds.byId(id).orElseThrow();
	}

	/**
	 * Staff publish a draft: a beta moves its posts to in_beta, a stable build to
	 * shipped.
	 */
	@Transactional
	public Build publish(long id, SignedInMember actor) {
		Build build = access.forStaff(id, actor);
		requireState(build, BuildState.DRAFT, "build-is", build.version(), build.state().value());
		if (!builds.changeState(id, BuildState.DRAFT, BuildState.PUBLISHED)) {
			throw new BuildConflict("Build changed meanwhile", "build-changed", build.version());
		}
		Instant now = Instant.now();
		builds.published(id, now);
		release(build, actor);
		events
			.publishEvent(new BuildPublished(id, build.productId(), build.channel(), build.version(), actor.id(), now));
		return builds.byId(id).orElseThrow();
	}

	/**
	 * Staff promote a live beta to stable through the gate: the stable build is made from
	 * it and its posts are shipped. When the gate fails, only an admin may promote, and
	 * only with a reason, which is kept; otherwise {@link PromotionRefused}.
	 */
	@Transactional
	public Build promote(long id, Promotion promotion, SignedInMember actor) {
		Build beta = access.forStaff(id, actor);
		if (!beta.isLiveBeta()) {
			throw new BuildConflict("Not a live beta", "promote-live-beta", beta.version(), beta.state().value(),
					beta.channel().value());
		}
		String override = overrideReason(beta, promotion, actor);
		String version = (promotion.version() != null) ? promotion.version().strip()
				: Versions.stableOf(beta.version());
		requireReleaseVersion(version);
		requireNewVersion(beta.productId(), products.get(beta.productId()).name(), version);
		String notes = (promotion.notes() != null) ? promotion.notes().strip() : beta.notes();
		Instant now = Instant.now();
		long stableId = builds.insert(beta.productId(), version, Channel.STABLE, notes, markdown.toHtml(notes),
				actor.id(), actor.username(), beta.id(), now);
		builds.replacePosts(stableId,
				builds.posts(beta.id())
					.stream()
					.map(post -> Builds.BuildPost.draft(post.postId(), post.title(), post.askedAt()))
					.toList());
		if (!builds.changeState(beta.id(), BuildState.PUBLISHED, BuildState.PROMOTED)) {
			throw new BuildConflict("Build changed meanwhile", "build-changed", beta.version());
		}
		builds.promoted(beta.id(), stableId, override, (override != null) ? actor.username() : null);
		builds.changeState(stableId, BuildState.DRAFT, BuildState.PUBLISHED);
		builds.published(stableId, now);
		Build stable = builds.byId(stableId).orElseThrow();
		release(stable, actor);
		events.publishEvent(new BuildPromoted(beta.id(), stableId, beta.productId(), version, actor.id(), now,
				(promotion.rolloutPercent() != null) ? promotion.rolloutPercent() : 100));
		return stable;
	}

	/** The stable version promoting this beta without naming one gives. */
	public String stableVersionOf(Build beta) {
		return Versions.stableOf(beta.version());
	}

	private static void requireReleaseVersion(String version) {
		if (Versions.isPreRelease(version)) {
			throw new InvalidVersion(Words.of("stable-prerelease", version, Versions.stableOf(version)));
		}
	}

	/** Versions are unique per product across channels: the changelog lists each once. */
	private void requireNewVersion(long productId, String productName, String version) {
		if (builds.versionTaken(productId, version)) {
			throw new BuildConflict("Version taken", "version-taken", productName, version);
		}
	}

	/**
	 * Staff withdraw a bad live beta: the posts it moved to in_beta go back where they
	 * were (unless another live beta delivers them), each with the note.
	 */
	@Transactional
	public Build withdraw(long id, Withdrawal withdrawal, SignedInMember actor) {
		Build build = access.forStaff(id, actor);
		if (!build.isLiveBeta()) {
			throw new BuildConflict("Not a live beta", "withdraw-live-beta");
		}
		if (!builds.changeState(id, BuildState.PUBLISHED, BuildState.WITHDRAWN)) {
			throw new BuildConflict("Build changed meanwhile", "build-changed", build.version());
		}
		String note = withdrawal.note().strip();
		builds.withdrawn(id, note, Instant.now());
		List<Builds.BuildPost> moved = builds.posts(id).stream().filter(Builds.BuildPost::moved).toList();
		List<Long> kept = builds.inOtherLiveBetas(id, moved.stream().map(Builds.BuildPost::postId).toList());
		Map<Long, PostStatus> backTo = new HashMap<>();
		moved.stream()
			.filter(post -> !kept.contains(post.postId()) && post.statusBefore() != null)
			.forEach(post -> backTo.put(post.postId(), post.statusBefore()));
		pipeline.revert(build.productId(), backTo, PostStatus.IN_BETA, note, actor, id, build.version());
		events.publishEvent(new BuildWithdrawn(id, build.productId(), build.version(), actor.id()));
		return builds.byId(id).orElseThrow();
	}

	/**
	 * A tester (or staff) reports a bug found in a live beta build.
	 */
	@Transactional
	public Post reportBug(long id, BugReport report, SignedInMember reporter) {
		Build build = access.visible(id, reporter);
		if (build.isExpired()) {
			throw new BuildConflict("Beta expired", "beta-expired.bug", build.version(), build.expiresAt());
		}
		if (!build.isLiveBeta()) {
			throw new BuildConflict("Not a live beta", "bugs-live-beta");
		}
		Post bug = bugs.report(build.productId(), id, build.version(), report, reporter);
		testers.recordActivity(build.productId(), id, reporter.id(), ActivityKind.BUG);
		return bug;
	}

	/**
	 * The build with what it delivers, its gate, its bugs and the progress of its
	 * notifications; throws {@link BuildNotFound} unless the viewer may see it.
	 */
	public BuildDetails details(long id, @Nullable SignedInMember viewer, @Nullable Delivery delivery) {
		Build build = access.visible(id, viewer);
		if (viewer != null && build.isLiveBeta()) {
			testers.recordActivity(build.productId(), id, viewer.id(), ActivityKind.OPENED);
		}
		List<DeliveredPost> delivered = delivered(id);
		ReportSummary reports = (build.channel() == Channel.BETA && build.publishedAt() != null)
				? reportSummaries.stream()
					.flatMap(source -> source.of(build, delivered).stream())
					.findFirst()
					.orElse(null)
				: null;
		Rollout rollout = (build.channel() == Channel.STABLE && build.publishedAt() != null)
				? rollouts.stream().flatMap(source -> source.of(build).stream()).findFirst().orElse(null) : null;
		return new BuildDetails(build, delivered, build.isLiveBeta() ? gate.check(build) : null,
				bugs.foundIn(id, viewer), delivery, reports, rollout);
	}

	/** The build, for staff of its product; 403 for anybody else, 404 for no build. */
	public Build managed(long id, SignedInMember actor) {
		return access.forStaff(id, actor);
	}

	/** The product's builds in these states and channels, newest published first. */
	public List<Build> released(long productId, BuildState state, Channel channel, int limit) {
		return builds.of(productId, List.of(state), List.of(channel), limit);
	}

	/**
	 * The build, if this member may see it; throws {@link BuildNotFound} otherwise (a
	 * draft for anybody but staff, a beta for anybody but testers and staff).
	 */
	public Build visible(long id, @Nullable SignedInMember viewer) {
		return access.visible(id, viewer);
	}

	/**
	 * The gate as it stands for a live beta build.
	 */
	public Gate gate(long id, @Nullable SignedInMember viewer) {
		return gate.check(access.visible(id, viewer));
	}

	/**
	 * The product's builds the viewer may see, newest first.
	 */
	public List<Build> list(String productSlug, @Nullable SignedInMember viewer, int limit) {
		return access.listFor(products.get(productSlug), viewer, limit);
	}

	/**
	 * The posts a build delivers, with their present status and who asked for them.
	 */
	public List<DeliveredPost> delivered(long id) {
		return delivered(List.of(id)).getOrDefault(id, List.of());
	}

	/**
	 * The posts each of these builds delivers, in two queries however many builds: the
	 * changelog and its feed list thirty.
	 */
	public Map<Long, List<DeliveredPost>> delivered(Collection<Long> ids) {
		Map<Long, List<Builds.BuildPost>> rows = builds.posts(ids);
		Map<Long, PostStatus> statuses = pipeline
			.statuses(rows.values().stream().flatMap(List::stream).map(Builds.BuildPost::postId).distinct().toList());
		Map<Long, List<DeliveredPost>> delivered = new HashMap<>();
		rows.forEach((build, posts) -> delivered.put(build,
				posts.stream()
					.map(row -> new DeliveredPost(row.postId(), row.title(),
							statuses.getOrDefault(row.postId(), PostStatus.OPEN), row.askedAt(), row.askers(),
							row.askerNames()))
					.toList()));
		return delivered;
	}

	/**
	 * The ids of the posts publishing this build moved (to in_beta or shipped): the posts
	 * its notifications are about.
	 */
	public List<Long> movedPosts(long id) {
		return builds.posts(id).stream().filter(Builds.BuildPost::moved).map(Builds.BuildPost::postId).toList();
	}

	/**
	 * Any build by id, whoever may see it: for the modules that tell people about builds.
	 */
	public Build get(long id) {
		return builds.byId(id).orElseThrow(() -> new BuildNotFound(id));
	}

	private void release(Build build, SignedInMember actor) {
		List<Builds.BuildPost> rows = builds.posts(build.id());
		List<Long> ids = rows.stream().map(Builds.BuildPost::postId).toList();
		Map<Long, PostStatus> before = pipeline.statuses(ids);
		PostStatus to = (build.channel() == Channel.BETA) ? PostStatus.IN_BETA : PostStatus.SHIPPED;
		List<Long> moved = pipeline.advance(build.productId(), ids, to, actor, build.id(), build.version());
		Map<Long, Credits.Askers> askers = credits.of(ids);
		for (long postId : ids) {
			Credits.Askers asked = askers.getOrDefault(postId, Credits.Askers.none());
			builds.recordRelease(build.id(), postId, before.getOrDefault(postId, PostStatus.OPEN),
					moved.contains(postId), asked.count(), asked.names());
		}
	}

	private @Nullable String overrideReason(Build beta, Promotion promotion, SignedInMember actor) {
		Gate checked = gate.check(beta);
		if (checked.passed()) {
			return null;
		}
		if (promotion.overrideReason() == null || promotion.overrideReason().isBlank()) {
			throw new PromotionRefused(beta, checked);
		}
		if (!actor.admin()) {
			throw new Refused(Words.of("admins-override-gate"));
		}
		return promotion.overrideReason().strip();
	}

	private static List<Builds.BuildPost> drafted(List<PostCard> cards) {
		return cards.stream().map(card -> Builds.BuildPost.draft(card.id(), card.title(), card.createdAt())).toList();
	}

	/**
	 * Staff write the beta's "What to Test", before or after publishing (Markdown; empty
	 * gives the generated draft back).
	 */
	@Transactional
	public Build editWhatToTest(long id, String text, SignedInMember actor) {
		Build build = access.forStaff(id, actor);
		if (build.channel() != Channel.BETA || build.state() == BuildState.WITHDRAWN) {
			throw new BuildConflict("Not a beta", "what-to-test-beta");
		}
		String whatToTest = text.strip().isEmpty()
				? WhatToTest.draft(posts.cards(delivered(id).stream().map(DeliveredPost::postId).toList(), null))
				: text.strip();
		builds.whatToTest(id, whatToTest, markdown.toHtml(whatToTest));
		return builds.byId(id).orElseThrow();
	}

	private static void requireState(Build build, BuildState state, String detail, Object... arguments) {
		if (build.state() != state) {
			throw new BuildConflict("Build is " + build.state().value(), detail, arguments);
		}
	}

}
