package org.fanloop.posts;

import java.time.Instant;
import java.util.List;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bugs reported against a build, with a severity: filing them (the releases module checks
 * who may), re-grading them, and the unresolved ones a promotion gate asks about.
 */
@Service
public class BugService {

	private final PostService posts;

	private final Posts rows;

	private final ProductService products;

	private final org.springframework.context.ApplicationEventPublisher events;

	BugService(PostService posts, Posts rows, ProductService products,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.posts = posts;
		this.rows = rows;
		this.products = products;
	}

	/**
	 * Files a bug post against a build of the product; it starts like any post (open,
	 * with its author's vote).
	 */
	@Transactional
	public Post report(long productId, long buildId, String buildVersion, BugReport report, SignedInMember author) {
		posts.requireMayWrite(products.get(productId), author, true);
		long id = posts.insert(productId, report.asPost(), author.id(), author.username(),
				new Posts.FoundIn(buildId, buildVersion, Severity.of(report.severity())), Instant.now());
		return posts.get(id, author);
	}

	/**
	 * Staff of the product re-grade a bug found in a build.
	 */
	@Transactional
	public Post changeSeverity(long id, Severity severity, SignedInMember actor) {
		Post post = posts.get(id, actor);
		products.requireStaff(post.productId(), actor, "grade its bugs");
		if (post.foundInBuild() == null) {
			throw new PostConflict("Not a bug report", "not-a-bug-report", id);
		}
		rows.changeSeverity(id, severity);
		Instant now = Instant.now();
		if (rows.confirm(id, now)) {
			events.publishEvent(new BugConfirmed(id, post.productId(), post.authorName(), now));
		}
		return posts.get(id, actor);
	}

	/**
	 * The bugs reported against a build, oldest first.
	 */
	public List<PostCard> foundIn(long buildId, @Nullable SignedInMember viewer) {
		return posts.withVoted(rows.foundIn(buildId), viewer);
	}

	/**
	 * The bugs of this severity found in the build that are not resolved yet (resolved:
	 * shipped, declined or merged).
	 */
	public List<PostCard> unresolved(long buildId, Severity severity) {
		return rows.unresolvedBugs(buildId, severity);
	}

}
