package org.fanloop.reports;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fanloop.web.Refused;
import org.fanloop.web.Words;
import org.fanloop.Savepoints;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Markdown;
import org.fanloop.products.ProductService;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildService;
import org.fanloop.releases.BuildState;
import org.fanloop.releases.Channel;
import org.fanloop.releases.DeliveredPost;
import org.fanloop.testers.ActivityKind;
import org.fanloop.testers.TesterService;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Testers report on a published beta build; staff read the reports.
 */
@Service
public class ReportService {

	static final int PAGE = 50;

	private final ExperienceReports reports;

	private final BuildService builds;

	private final TesterService testers;

	private final ProductService products;

	private final Markdown markdown;

	private final Savepoints savepoints;

	private final ApplicationEventPublisher events;

	ReportService(ExperienceReports reports, BuildService builds, TesterService testers, ProductService products,
			Markdown markdown, Savepoints savepoints, ApplicationEventPublisher events) {
		this.events = events;
		this.reports = reports;
		this.builds = builds;
		this.testers = testers;
		this.products = products;
		this.markdown = markdown;
		this.savepoints = savepoints;
	}

	/**
	 * A tester's report on a live beta build; a second one replaces the first. Throws 404
	 * for a build the tester may not see, 403 for members who are not testers of the
	 * product, 409 once the build was promoted or withdrawn, 400 for posts the build does
	 * not deliver.
	 */
	@Transactional
	public Submitted submit(long buildId, NewReport report, SignedInMember tester) {
		Build build = builds.visible(buildId, tester);
		requireOpen(build);
		if (!testers.isTester(build.productId(), tester.id())) {
			throw new Refused(Words.of("testers-report"));
		}
		Set<Long> delivered = new HashSet<>();
		builds.delivered(buildId).stream().map(DeliveredPost::postId).forEach(delivered::add);
		Map<Long, Rating> ratings = ratings(report.ratings(), delivered);
		requireDelivered("best", report.best(), delivered);
		requireDelivered("worst", report.worst(), delivered);
		String comment = report.comment().strip();
		ExperienceReports.Row row = new ExperienceReports.Row(buildId, build.productId(), tester.id(),
				tester.username(), report.score(), report.best(), report.worst(), comment, markdown.toHtml(comment));
		Instant now = Instant.now();
		// Two submissions at once by one tester: one inserts, the other replaces it.
		boolean created = savepoints.insert(() -> reports.insert(row, now));
		if (!created) {
			reports.update(row, now);
		}
		long reportId = reports.idOf(buildId, tester.id());
		reports.replaceRatings(reportId, ratings);
		if (created) {
			events.publishEvent(new ReportSubmitted(reportId, buildId, build.productId(), tester.username(), now));
		}
		testers.recordActivity(build.productId(), buildId, tester.id(), ActivityKind.REPORTED);
		return new Submitted(reports.of(buildId, tester.id()).orElseThrow(), created);
	}

	/** Every report ever sent, as facts (which, whose, when first): for reputation. */
	public List<ReportSubmitted> submissions() {
		return reports.submissions();
	}

	/** The caller's own report on this build; 404 when there is none. */
	public ExperienceReport mine(long buildId, SignedInMember tester) {
		builds.visible(buildId, tester);
		return reports.of(buildId, tester.id()).orElseThrow(() -> new ReportNotFound(buildId));
	}

	/**
	 * The caller's report on this build while it may still change (screenshots are added
	 * to it); {@link ReportNotFound} when there is none, {@link ReportConflict} once the
	 * build takes no more reports.
	 */
	public ExperienceReport openReport(Build build, SignedInMember tester) {
		requireOpen(build);
		return reports.of(build.id(), tester.id()).orElseThrow(() -> new ReportNotFound(build.id()));
	}

	/** The caller's report on this build, if any (for the build page's form). */
	public @Nullable ExperienceReport mineIfAny(long buildId, SignedInMember tester) {
		return reports.of(buildId, tester.id()).orElse(null);
	}

	/** Staff read the build's reports, oldest first, a page at a time. */
	public ReportPage page(long buildId, @Nullable String cursor, SignedInMember staff) {
		Build build = builds.visible(buildId, staff);
		products.requireStaff(build.productId(), staff, "read its testers' reports");
		long after = 0;
		if (cursor != null && !cursor.isBlank()) {
			try {
				after = Long.parseLong(cursor.strip());
			}
			catch (NumberFormatException ex) {
				throw new InvalidReport("cursor", Words.of("report-cursor"));
			}
		}
		List<ExperienceReport> page = reports.page(buildId, after, PAGE + 1);
		String next = (page.size() > PAGE) ? String.valueOf(page.get(PAGE - 1).id()) : null;
		return new ReportPage(page.subList(0, Math.min(PAGE, page.size())), next);
	}

	/** Whether this member may report on this build now (the page shows the form). */
	public boolean mayReport(Build build, @Nullable SignedInMember member) {
		return member != null && build.isLiveBeta() && testers.isTester(build.productId(), member.id());
	}

	private static void requireOpen(Build build) {
		if (build.channel() != Channel.BETA) {
			throw new ReportConflict("Not a beta build", "reports-beta-only", build.version());
		}
		if (build.state() == BuildState.PROMOTED || build.state() == BuildState.WITHDRAWN) {
			throw new ReportConflict("Reports closed", "reports-closed", build.version(), build.state().value());
		}
		if (build.isExpired()) {
			throw new ReportConflict("Reports closed", "reports-expired", build.version(), build.expiresAt());
		}
		if (!build.isLiveBeta()) {
			throw new ReportConflict("Not published", "not-published", build.version());
		}
	}

	private static Map<Long, Rating> ratings(Map<String, String> given, Set<Long> delivered) {
		Map<Long, Rating> ratings = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : given.entrySet()) {
			String field = "ratings." + entry.getKey();
			long postId;
			try {
				postId = Long.parseLong(entry.getKey().strip());
			}
			catch (NumberFormatException ex) {
				throw new InvalidReport(field, Words.of("not-a-post-id"));
			}
			if (!delivered.contains(postId)) {
				throw new InvalidReport(field, Words.of("not-delivered"));
			}
			Rating rating = Rating.of((entry.getValue() != null) ? entry.getValue() : "")
				.orElseThrow(() -> new InvalidReport(field, Words.of("like-neutral-dislike")));
			ratings.put(postId, rating);
		}
		return ratings;
	}

	private static void requireDelivered(String field, @Nullable Long postId, Set<Long> delivered) {
		if (postId != null && !delivered.contains(postId)) {
			throw new InvalidReport(field, Words.of("not-delivered"));
		}
	}

	/** A report, and whether this submission made it (rather than replacing one). */
	public record Submitted(ExperienceReport report, boolean created) {
	}

	/** A page of reports; pass {@code nextCursor} as {@code cursor} for the next. */
	public record ReportPage(List<ExperienceReport> items, @Nullable String nextCursor) {
	}

}
