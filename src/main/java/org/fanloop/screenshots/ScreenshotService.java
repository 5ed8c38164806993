package org.fanloop.screenshots;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.fanloop.web.Refused;
import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostDeleted;
import org.fanloop.posts.PostService;
import org.fanloop.products.ProductService;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildService;
import org.fanloop.reports.ReportService;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.ErrorResponseException;

/**
 * Screenshots on bugs and experience reports: who may add them (the bug's reporter or the
 * product's staff; the tester on their own open report), who may see them (whoever may
 * see the build; a report's only its tester and staff), and their removal with the post.
 *
 * <p>
 * An upload is checked and re-encoded before any database work, so no connection waits on
 * an image decoder; the file is written before its row, and removed again if the row
 * cannot be.
 */
@Service
public class ScreenshotService {

	private final Screenshots rows;

	private final ScreenshotFiles files;

	private final ImageCleaner cleaner;

	private final ScreenshotSettings settings;

	private final PostService posts;

	private final BuildService builds;

	private final ProductService products;

	private final ReportService reports;

	ScreenshotService(Screenshots rows, ScreenshotFiles files, ImageCleaner cleaner, ScreenshotSettings settings,
			PostService posts, BuildService builds, ProductService products, ReportService reports) {
		this.rows = rows;
		this.files = files;
		this.cleaner = cleaner;
		this.settings = settings;
		this.posts = posts;
		this.builds = builds;
		this.products = products;
		this.reports = reports;
	}

	/** An image and its metadata, for serving. */
	public record Served(Screenshot screenshot, byte[] bytes) {
	}

	/**
	 * The bug's reporter or the product's staff add a screenshot to a bug reported
	 * against a build.
	 */
	public Screenshot addToBug(long postId, byte[] upload, SignedInMember member) {
		Post post = posts.get(postId, member);
		Build build = buildOf(post, member);
		if (!post.authorName().equals(member.username()) && !products.isStaff(post.productId(), member)) {
			throw new Refused(Words.of("screenshots-add"));
		}
		List<Screenshots.Row> existing = rows.ofPost(postId);
		int slot = freeSlot(existing, "Bug " + postId);
		ImageCleaner.CleanImage image = cleaner.clean(upload);
		return store(image, slot, name -> rows.insert(build.id(), postId, null, null, member.id(), member.username(),
				name, image, slot, Instant.now()));
	}

	/**
	 * A tester adds a screenshot to their own experience report while the build still
	 * takes reports.
	 */
	public Screenshot addToReport(long buildId, byte[] upload, SignedInMember tester) {
		Build build = builds.visible(buildId, tester);
		reports.openReport(build, tester);
		List<Screenshots.Row> existing = rows.ofReport(buildId, tester.id());
		int slot = freeSlot(existing, "Your report on " + build.version());
		ImageCleaner.CleanImage image = cleaner.clean(upload);
		return store(image, slot, name -> rows.insert(buildId, null, tester.id(), tester.username(), tester.id(),
				tester.username(), name, image, slot, Instant.now()));
	}

	/** The bug's screenshots, for whoever may see its build (none for other posts). */
	public List<Screenshot> ofBug(long postId, @Nullable SignedInMember viewer) {
		Post post = posts.get(postId, viewer);
		if (post.foundInBuild() == null) {
			return List.of();
		}
		buildOf(post, viewer);
		return rows.ofPost(postId).stream().map(Screenshots.Row::screenshot).toList();
	}

	/** The screenshots on the caller's own report on this build. */
	public List<Screenshot> ofMyReport(long buildId, SignedInMember tester) {
		builds.visible(buildId, tester);
		return rows.ofReport(buildId, tester.id()).stream().map(Screenshots.Row::screenshot).toList();
	}

	/**
	 * The build's screenshots this viewer may see: staff all of them, others the bugs'
	 * and their own report's.
	 */
	public List<Screenshot> ofBuild(long buildId, @Nullable SignedInMember viewer) {
		Build build = builds.visible(buildId, viewer);
		boolean staff = products.isStaff(build.productId(), viewer);
		return rows.ofBuild(buildId)
			.stream()
			.filter(row -> staff || row.reportMemberId() == null
					|| (viewer != null && row.reportMemberId() == viewer.id()))
			.map(Screenshots.Row::screenshot)
			.toList();
	}

	/** The image, if this viewer may see it; {@link ScreenshotNotFound} otherwise. */
	public Served open(long id, @Nullable SignedInMember viewer) {
		Screenshots.Row row = visible(id, viewer).row();
		return new Served(row.screenshot(), files.read(row.fileName()));
	}

	/** The uploader or the product's staff delete a screenshot. */
	public void delete(long id, SignedInMember actor) {
		Seen seen = visible(id, actor);
		Screenshots.Row row = seen.row();
		if (row.uploadedBy() != actor.id() && !products.isStaff(seen.build().productId(), actor)) {
			throw new Refused(Words.of("screenshots-delete"));
		}
		rows.delete(id);
		files.delete(row.fileName());
	}

	/**
	 * A deleted post's screenshots go with it: the rows in the deleting transaction, the
	 * files once it commits (a rollback keeps both).
	 */
	@EventListener
	void on(PostDeleted deleted) {
		List<String> names = rows.ofPost(deleted.postId()).stream().map(Screenshots.Row::fileName).toList();
		if (names.isEmpty()) {
			return;
		}
		rows.deleteOfPost(deleted.postId());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					names.forEach(files::delete);
				}
			});
		}
		else {
			names.forEach(files::delete);
		}
	}

	/** How many screenshots one bug or report may carry. */
	public int perItem() {
		return settings.perItem();
	}

	private record Seen(Screenshots.Row row, Build build) {
	}

	private Seen visible(long id, @Nullable SignedInMember viewer) {
		Screenshots.Row row = rows.byId(id).orElseThrow(() -> new ScreenshotNotFound(id));
		Build build;
		try {
			build = builds.visible(row.screenshot().buildId(), viewer);
		}
		catch (ErrorResponseException ex) {
			if (ex.getStatusCode() == HttpStatus.NOT_FOUND) {
				throw new ScreenshotNotFound(id);
			}
			throw ex;
		}
		if (row.reportMemberId() != null && (viewer == null
				|| (row.reportMemberId() != viewer.id() && !products.isStaff(build.productId(), viewer)))) {
			throw new ScreenshotNotFound(id);
		}
		return new Seen(row, build);
	}

	private Build buildOf(Post post, @Nullable SignedInMember viewer) {
		Long buildId = post.foundInBuild();
		if (buildId == null) {
			throw new ScreenshotConflict("Not a bug report", "screenshots-bugs-only", post.id());
		}
		return builds.visible(buildId, viewer);
	}

	private int freeSlot(List<Screenshots.Row> existing, String what) {
		Set<Integer> taken = existing.stream().map(Screenshots.Row::slot).collect(Collectors.toSet());
		for (int slot = 1; slot <= settings.perItem(); slot++) {
			if (!taken.contains(slot)) {
				return slot;
			}
		}
		throw new ScreenshotConflict("Too many screenshots", "too-many-screenshots", what, existing.size());
	}

	private Screenshot store(ImageCleaner.CleanImage image, int slot, ToLongFunction<String> insert) {
		String name = files.store(image.bytes(), image.extension());
		long id;
		try {
			id = insert.applyAsLong(name);
		}
		catch (DuplicateKeyException ex) {
			files.delete(name);
			throw new ScreenshotConflict("Screenshot slot taken", "screenshot-slot", slot);
		}
		catch (RuntimeException ex) {
			files.delete(name);
			throw ex;
		}
		return rows.byId(id).orElseThrow().screenshot();
	}

}
