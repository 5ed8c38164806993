package org.fanloop.posts;

import java.time.Instant;
import java.util.List;

import org.fanloop.web.Refused;
import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authors edit and delete what they wrote; staff may too, and hide, lock, mark spam and
 * restore. Every edit keeps the version before it ({@link Revision}, for staff). A
 * deletion or moderation keeps the row, its votes and its timeline, so counts, merges and
 * credits stay exact: the post leaves boards, lists and search ({@link PostModerated},
 * {@link PostEdited} tell the index), and its page answers {@link PostGone} to all but
 * staff. A deleted or hidden comment keeps its place in the thread without its words.
 */
@Service
public class PostEditing {

	private static final String DELETED = "deleted";

	private final Posts posts;

	private final Comments comments;

	private final Revisions revisions;

	private final PostService postService;

	private final ProductService products;

	private final Markdown markdown;

	private final ApplicationEventPublisher events;

	PostEditing(Posts posts, Comments comments, Revisions revisions, PostService postService, ProductService products,
			Markdown markdown, ApplicationEventPublisher events) {
		this.posts = posts;
		this.comments = comments;
		this.revisions = revisions;
		this.postService = postService;
		this.products = products;
		this.markdown = markdown;
		this.events = events;
	}

	/** The author or staff give the post a new title or body; the post as it is now. */
	@Transactional
	public Post edit(long id, PostEdit edit, SignedInMember actor) {
		posts.lock(id);
		Post post = postService.view(id, actor);
		requireAuthorOrStaff(post.authorName(), post.productId(), actor, "edit");
		String title = (edit.title() != null) ? edit.title().strip() : post.title();
		String body = (edit.body() != null) ? edit.body().strip() : post.body();
		if (title.equals(post.title()) && body.equals(post.body())) {
			return post;
		}
		Instant now = Instant.now();
		revisions.insert(id, null, post.title(), post.body(), actor.username(), now);
		posts.edit(id, title, body, markdown.toHtml(body), markdown.excerpt(body, PostService.EXCERPT_LENGTH), now);
		events.publishEvent(new PostEdited(id, post.productId()));
		return postService.view(id, actor);
	}

	/** The author or staff give the comment a new body; the comment's post. */
	@Transactional
	public long editComment(long commentId, CommentEdit edit, SignedInMember actor) {
		Comments.Stored comment = comments.stored(commentId).orElseThrow(() -> new CommentNotFound(commentId));
		requireAuthorOrStaff(comment.authorName(), comment.productId(), actor, "edit");
		if (comment.moderation() != null) {
			throw new PostConflict("Comment removed", "comment-removed", commentId);
		}
		String body = edit.body().strip();
		if (!body.equals(comment.body())) {
			Instant now = Instant.now();
			revisions.insert(comment.postId(), commentId, null, comment.body(), actor.username(), now);
			comments.edit(commentId, body, markdown.toHtml(body), now);
			events.publishEvent(new PostEdited(comment.postId(), comment.productId()));
		}
		return comment.postId();
	}

	/**
	 * The author deletes their post: it keeps its votes and timeline but leaves every
	 * list. (Staff removing somebody else's post hide it, mark it spam, or delete it for
	 * good with {@link PostService#delete}.)
	 */
	@Transactional
	public void deleteOwn(long id, SignedInMember author) {
		posts.lock(id);
		Post post = postService.view(id, author);
		if (!post.authorName().equals(author.username())) {
			throw new Refused(Words.of("author-only-delete", id));
		}
		posts.moderate(id, DELETED, post.locked());
		events.publishEvent(new PostModerated(id, post.productId(), null, "delete", DELETED, post.locked(),
				excerpt(post.title()), author.username(), ""));
	}

	/** The author or staff delete a comment; the comment's post. */
	@Transactional
	public long deleteComment(long commentId, SignedInMember actor) {
		Comments.Stored comment = comments.stored(commentId).orElseThrow(() -> new CommentNotFound(commentId));
		requireAuthorOrStaff(comment.authorName(), comment.productId(), actor, "delete");
		if (comment.moderation() == null) {
			comments.moderate(commentId, DELETED);
			events.publishEvent(new PostModerated(comment.postId(), comment.productId(), commentId, "delete", DELETED,
					false, excerpt(comment.body()), actor.username(), ""));
		}
		return comment.postId();
	}

	/**
	 * Staff hide, lock, mark spam or restore (shown and unlocked) a post, saying why; the
	 * post as staff now see it.
	 */
	@Transactional
	public Post moderate(long id, ModerationAction action, String note, SignedInMember staff) {
		posts.lock(id);
		Post post = postService.get(id, staff);
		products.requireStaff(post.productId(), staff, "moderate its posts");
		String moderation = switch (action) {
			case HIDE -> "hidden";
			case SPAM -> "spam";
			case RESTORE -> null;
			case LOCK -> post.moderation();
		};
		boolean locked = action == ModerationAction.LOCK || (action != ModerationAction.RESTORE && post.locked());
		posts.moderate(id, moderation, locked);
		events.publishEvent(new PostModerated(id, post.productId(), null, action.value(), moderation, locked,
				excerpt(post.title()), staff.username(), note.strip()));
		return postService.get(id, staff);
	}

	/** Staff hide or restore a comment (only those two); the comment's post. */
	@Transactional
	public long moderateComment(long commentId, ModerationAction action, String note, SignedInMember staff) {
		Comments.Stored comment = comments.stored(commentId).orElseThrow(() -> new CommentNotFound(commentId));
		products.requireStaff(comment.productId(), staff, "moderate its comments");
		if (action != ModerationAction.HIDE && action != ModerationAction.RESTORE) {
			throw new PostConflict("Not for comments", "not-for-comments");
		}
		String moderation = (action == ModerationAction.HIDE) ? "hidden" : null;
		comments.moderate(commentId, moderation);
		events.publishEvent(new PostModerated(comment.postId(), comment.productId(), commentId, action.value(),
				moderation, false, excerpt(comment.body()), staff.username(), note.strip()));
		return comment.postId();
	}

	/** The earlier versions of the post and its comments, for its product's staff. */
	public List<Revision> revisions(long id, SignedInMember staff) {
		Post post = postService.get(id, staff);
		products.requireStaff(post.productId(), staff, "see earlier versions");
		return revisions.of(id);
	}

	private void requireAuthorOrStaff(String authorName, long productId, SignedInMember actor, String what) {
		if (!authorName.equals(actor.username()) && !products.isStaff(productId, actor)) {
			throw new Refused(Words.of("author-or-team." + what));
		}
	}

	private static String excerpt(@Nullable String text) {
		String flat = (text == null) ? "" : text.strip().replaceAll("\\s+", " ");
		return (flat.length() <= 280) ? flat : flat.substring(0, 279) + "…";
	}

}
