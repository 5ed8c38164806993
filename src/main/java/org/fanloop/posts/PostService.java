package org.fanloop.posts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fanloop.accounts.MemberProfile;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.fanloop.products.UnverifiedMay;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts on a product's board: writing them, listing them, commenting, and staff moving
 * them through their statuses.
 */
@Service
public class PostService {

	static final int EXCERPT_LENGTH = 220;

	/**
	 * Comments on a post page before "Show more comments": a page of 500 took 13 ms of
	 * rendering and kept a board-sized page rate down to 73 pages/s (benchmark).
	 */
	public static final int COMMENTS_PER_PAGE = 50;

	/** At most this many comments in one API answer. */
	public static final int COMMENTS_MAX_PAGE = 500;

	private final Posts posts;

	private final Comments comments;

	private final StatusChanges statusChanges;

	private final StatusMover mover;

	private final ProductService products;

	private final PostVotes votes;

	private final Markdown markdown;

	private final ApplicationEventPublisher events;

	private final MemberService members;

	/** Modules that may need a post to stay. */
	private final List<PostKeepers> keepers;

	PostService(Posts posts, Comments comments, StatusChanges statusChanges, StatusMover mover, ProductService products,
			PostVotes votes, Markdown markdown, ApplicationEventPublisher events, List<PostKeepers> keepers,
			MemberService members) {
		this.members = members;
		this.keepers = keepers;
		this.posts = posts;
		this.comments = comments;
		this.statusChanges = statusChanges;
		this.mover = mover;
		this.products = products;
		this.votes = votes;
		this.markdown = markdown;
		this.events = events;
	}

	/**
	 * A member posts on a product's board. The post starts {@code open}, with its
	 * author's vote (which the author may withdraw).
	 */
	@Transactional
	public Post create(String productSlug, NewPost post, SignedInMember author) {
		Product product = products.get(productSlug);
		requireMayWrite(product, author, true);
		long id = insert(product.id(), post, author.id(), author.username(), null, Instant.now());
		return get(id, author);
	}

	/**
	 * Staff record a member's feedback from another channel (support chat, email, an
	 * event) as that member's post, noting where it came from and who entered it. The
	 * member is its author in every way: their vote, their follow, their credit.
	 */
	@Transactional
	public Post createFor(String productSlug, NewPost post, MemberProfile author, String source,
			SignedInMember enteredBy) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), enteredBy, "record feedback for members");
		long id = insert(product.id(), post, author.id(), author.username(), null, Instant.now());
		posts.source(id, source, enteredBy.username());
		return get(id, enteredBy);
	}

	/**
	 * Brings in a post written elsewhere or earlier (the demo community, an import),
	 * keeping when it was written. Otherwise like {@link #create}.
	 */
	@Transactional
	public long importPost(long productId, NewPost post, MemberProfile author, Instant createdAt) {
		return insert(productId, post, author.id(), author.username(), null, createdAt);
	}

	/** How many characters of a post's comments search reads: a long thread's first. */
	private static final int COMMENT_WORDS = 50_000;

	/**
	 * One post with its vote count; throws {@link PostNotFound}.
	 */
	public Post get(long id, @Nullable SignedInMember viewer) {
		Post post = posts.byId(id, productId -> products.get(productId).slug()).orElseThrow(() -> new PostNotFound(id));
		boolean voted = viewer != null && votes.votedBy(viewer.id(), List.of(id)).contains(id);
		return post.withVotes(post.voteCount(), voted);
	}

	/**
	 * One post as a reader asks for it: like {@link #get}, but a post its author deleted
	 * or staff hid or marked spam is {@link PostGone} for all but the product's staff.
	 */
	public Post view(long id, @Nullable SignedInMember viewer) {
		Post post = get(id, viewer);
		if (post.moderation() != null && !products.isStaff(post.productId(), viewer)) {
			throw new PostGone(id, post.moderation());
		}
		return post;
	}

	/**
	 * Posts with ids above {@code afterId} in id order as search reads them, for building
	 * an index page by page.
	 */
	public List<PostText> texts(long afterId, int limit) {
		return posts.texts(afterId, limit, COMMENT_WORDS);
	}

	/**
	 * How many posts there are and the highest id, for an index to tell whether it holds
	 * this database's posts.
	 */
	public long[] census() {
		return posts.census();
	}

	/** One post as search reads it, if it exists. */
	public Optional<PostText> text(long id) {
		return posts.texts(id - 1, 1, COMMENT_WORDS).stream().filter(text -> text.id() == id).findFirst();
	}

	/**
	 * A page of a product's board.
	 */
	public BoardPage board(Product product, BoardQuery query, @Nullable SignedInMember viewer) {
		List<Posts.BoardRow> rows = posts.board(product.id(), query);
		boolean more = rows.size() > query.limit();
		List<Posts.BoardRow> shown = more ? rows.subList(0, query.limit()) : rows;
		String next = more ? shown.getLast().cursor(query.sort()).encoded() : null;
		return new BoardPage(withVoted(shown.stream().map(Posts.BoardRow::card).toList(), viewer), next);
	}

	/**
	 * A member's latest posts, on every board.
	 */
	public List<PostCard> byAuthor(long authorId, int limit, @Nullable SignedInMember viewer) {
		return withVoted(posts.byAuthor(authorId, limit), viewer);
	}

	/**
	 * The member's comments, newest first: at most {@code limit}, older than the comment
	 * {@code before} when given.
	 */
	public List<Comment> commentsBy(long authorId, @Nullable Long before, int limit) {
		return comments.byAuthor(authorId, (before != null) ? before : Long.MAX_VALUE, limit);
	}

	/**
	 * These posts, as cards with exact vote counts, in id order; missing ones are left
	 * out.
	 */
	public List<PostCard> cards(Collection<Long> ids, @Nullable SignedInMember viewer) {
		return withVoted(posts.cards(ids), viewer);
	}

	/**
	 * Staff of the post's product delete it (spam, a mistake) with its comments, status
	 * history, votes, follows and screenshots. Throws {@link PostConflict} when other
	 * posts were merged into it or another module keeps it (a build delivers it).
	 */
	@Transactional
	public void delete(long id, SignedInMember actor) {
		Post post = get(id, actor);
		products.requireStaff(post.productId(), actor, "delete its posts");
		posts.lock(id);
		long duplicates = posts.mergedInto(id);
		if (duplicates > 0) {
			throw new PostConflict("Post has duplicates", (duplicates == 1) ? "has-duplicate" : "has-duplicates",
					duplicates, id);
		}
		for (PostKeepers keeper : keepers) {
			keeper.reasonToKeep(id).ifPresent(reason -> {
				throw new PostConflict("Post is kept", reason);
			});
		}
		events.publishEvent(new PostDeleted(id, post.productId(), post.foundInBuild(), actor.id(), Instant.now()));
		comments.deleteOf(id);
		statusChanges.deleteOf(id);
		posts.delete(id);
	}

	/**
	 * Staff of the post's product move it to another status, with a public note. Throws
	 * {@link PostConflict} when it has that status already or was merged.
	 */
	@Transactional
	public Post changeStatus(long id, StatusUpdate update, SignedInMember actor) {
		long productId = posts.productOf(id).orElseThrow(() -> new PostNotFound(id));
		products.requireStaff(productId, actor, "change the status of its posts");
		PostStatus from = posts.statusOf(id).orElseThrow(() -> new PostNotFound(id));
		PostStatus to = PostStatus.of(update.status());
		if (from == PostStatus.MERGED) {
			throw new PostConflict("Post merged", "merged.change", id);
		}
		if (from == to) {
			throw new PostConflict("Status unchanged", "status-unchanged", id, to.value());
		}
		if (!mover.move(id, productId, from, to, update.note(), actor, null, null)) {
			throw new PostConflict("Status changed meanwhile", "status-changed-meanwhile", id);
		}
		return get(id, actor);
	}

	/**
	 * Staff of the post's product merge it into the post it duplicates: it becomes
	 * {@code merged}, points there, and its voters become that post's voters (counted
	 * once each), all in one transaction that holds both posts' rows, so votes on either
	 * wait for it. Its followers hear of it once, through its status change and note.
	 * Throws {@link PostConflict} for a merge into itself, into a merged post (which also
	 * rules out cycles), across products, or of a post merged already.
	 */
	@Transactional
	public Post merge(long id, Merge merge, SignedInMember actor) {
		long into = merge.into();
		Map<Long, Posts.Locked> locked = posts.lock(List.of(id, into));
		Posts.Locked post = locked.get(id);
		if (post == null) {
			throw new PostNotFound(id);
		}
		products.requireStaff(post.productId(), actor, "merge its posts");
		Posts.Locked target = locked.get(into);
		if (target == null) {
			throw new PostNotFound(into);
		}
		if (id == into) {
			throw new PostConflict("Merge into itself", "merge-into-itself", id);
		}
		if (post.status() == PostStatus.MERGED) {
			throw new PostConflict("Post merged", "merged.already", id);
		}
		if (target.status() == PostStatus.MERGED) {
			throw new PostConflict("Target merged", "target-merged", into, target.mergedInto());
		}
		if (post.productId() != target.productId()) {
			throw new PostConflict("Merge across products", "merge-across-products", id, into);
		}
		Instant now = Instant.now();
		String note = merge.note().strip();
		posts.recordMerge(id, into, post.status(), note, actor.id(), now);
		posts.mergedInto(id, into);
		mover.move(id, post.productId(), post.status(), PostStatus.MERGED, note, actor, null, null);
		events.publishEvent(new PostMerged(id, into, post.productId(), actor.id(), now));
		return get(id, actor);
	}

	/**
	 * Staff undo a merge: the post gets back the status it had, and the target gives back
	 * exactly the voters the merge brought it (those who voted for both keep their vote
	 * on each). Throws {@link PostConflict} when the post is not merged.
	 */
	@Transactional
	public Post unmerge(long id, SignedInMember actor) {
		Post read = get(id, actor);
		products.requireStaff(read.productId(), actor, "undo merges of its posts");
		if (read.mergedInto() == null) {
			throw new PostConflict("Post not merged", "not-merged", id);
		}
		long into = read.mergedInto();
		// Both rows, in id order like every other locker, then checked again.
		Posts.Locked post = posts.lock(List.of(id, into)).get(id);
		if (post == null || post.status() != PostStatus.MERGED || post.mergedInto() == null
				|| post.mergedInto() != into) {
			throw new PostConflict("Merge changed meanwhile", "merge-changed-meanwhile", id);
		}
		PostStatus before = posts.forgetMerge(id).orElse(PostStatus.OPEN);
		Instant now = Instant.now();
		List<Long> stillMerged = posts.mergedPosts(into).stream().filter(other -> other != id).toList();
		events.publishEvent(new PostUnmerged(id, into, post.productId(), stillMerged, actor.id(), now));
		posts.mergedInto(id, null);
		mover.move(id, post.productId(), PostStatus.MERGED, before, "", actor, null, null);
		return get(id, actor);
	}

	/**
	 * Staff correct a post's kind and, if it landed on the wrong board, move it to
	 * another product (staff of both, or an admin). Votes, comments and follows go with
	 * it.
	 */
	@Transactional
	public Post retriage(long id, PostKind kind, long productId, SignedInMember actor) {
		Post post = get(id, actor);
		products.requireStaff(post.productId(), actor, "correct the kind of its posts");
		if (productId != post.productId()) {
			products.get(productId);
			products.requireStaff(productId, actor, "receive posts from other products");
		}
		if (kind == post.kind() && productId == post.productId()) {
			return post;
		}
		posts.retriage(id, kind, productId);
		events.publishEvent(new PostRetriaged(id, post.productId(), productId, post.kind(), kind, actor.id()));
		return get(id, actor);
	}

	/** The posts merged into this one, oldest first. */
	public List<Long> mergedPosts(long id) {
		return posts.mergedPosts(id);
	}

	/**
	 * A post's status changes, oldest first.
	 */
	public List<StatusChange> timeline(long id) {
		requireExists(id);
		return statusChanges.of(id);
	}

	/**
	 * A member comments on a post; a comment by staff of its product is an official
	 * answer.
	 */
	@Transactional
	public Comment comment(long id, NewComment comment, SignedInMember author) {
		return addComment(id, comment, author, Instant.now());
	}

	/**
	 * Brings in a comment written earlier (the demo community, an import), keeping when
	 * it was written. Otherwise like {@link #comment}.
	 */
	@Transactional
	public Comment importComment(long id, NewComment comment, SignedInMember author, Instant createdAt) {
		return addComment(id, comment, author, createdAt);
	}

	/**
	 * Staff of the comment's product mark it helpful (its author earns reputation for
	 * it); marking it again changes nothing. Returns the comment's post id.
	 */
	@Transactional
	public long markHelpful(long commentId, SignedInMember actor) {
		Posts.CommentOf comment = comments.commentOf(commentId).orElseThrow(() -> new CommentNotFound(commentId));
		products.requireStaff(comment.productId(), actor, "mark its comments helpful");
		Instant now = Instant.now();
		if (comments.markHelpful(commentId, actor.username(), now)) {
			events.publishEvent(new CommentMarkedHelpful(commentId, comment.postId(), comment.productId(),
					comment.authorName(), actor.username(), now));
		}
		return comment.postId();
	}

	/** How many shown posts the product has in each status. */
	public Map<PostStatus, Long> countsByStatus(Product product) {
		return posts.countsByStatus(product.id());
	}

	/** Where a comment is: its post and product; throws {@link CommentNotFound}. */
	public CommentPlace placeOf(long commentId) {
		Posts.CommentOf comment = comments.commentOf(commentId).orElseThrow(() -> new CommentNotFound(commentId));
		return new CommentPlace(commentId, comment.postId(), comment.productId());
	}

	/** A comment's post and product. */
	public record CommentPlace(long commentId, long postId, long productId) {
	}

	/**
	 * A page of a post's comments, oldest first: up to {@code limit} (at most
	 * {@value #COMMENTS_MAX_PAGE}) after the comment with id {@code after} (0: from the
	 * first).
	 */
	public CommentPage comments(long id, long after, int limit) {
		requireExists(id);
		int size = Math.clamp(limit, 1, COMMENTS_MAX_PAGE);
		List<Comment> rows = comments.of(id, after, size + 1);
		if (rows.size() > size) {
			return new CommentPage(List.copyOf(rows.subList(0, size)), rows.get(size - 1).id());
		}
		return new CommentPage(rows, null);
	}

	/**
	 * Throws {@link PostNotFound} unless the post exists, and {@link PostConflict} if it
	 * was merged (its votes went to the post it joined).
	 */
	public void requireVotable(long id) {
		PostStatus status = posts.statusOf(id).orElseThrow(() -> new PostNotFound(id));
		if (status == PostStatus.MERGED) {
			throw new PostConflict("Post merged", "merged.vote", id);
		}
	}

	/**
	 * Of these posts, those members may vote for (they exist and were not merged): one
	 * query for a whole batch of votes; {@link #requireVotable} says why not for the
	 * others.
	 */
	public Set<Long> votable(Collection<Long> ids) {
		return ids.isEmpty() ? Set.of() : posts.votable(ids);
	}

	/**
	 * Adds a group's vote deltas to the posts' counts and sort keys (vote count, trending
	 * score), then returns the counts of {@code postIds}; called by the voting module's
	 * writer inside the transaction that writes the votes.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<Long, Long> addVotes(Map<Long, Long> deltas, Collection<Long> postIds) {
		posts.addVotes(deltas);
		return posts.voteCounts(postIds);
	}

	/**
	 * The vote counts of these posts (exact: votes and counts change together).
	 */
	public Map<Long, Long> voteCounts(Collection<Long> postIds) {
		return postIds.isEmpty() ? Map.of() : posts.voteCounts(postIds);
	}

	private Comment addComment(long id, NewComment comment, SignedInMember author, Instant at) {
		Posts.CommentTarget target = posts.commentTarget(id).orElseThrow(() -> new PostNotFound(id));
		long productId = target.productId();
		boolean official = products.isStaff(productId, author);
		if (target.moderation() != null) {
			throw new PostGone(id, target.moderation());
		}
		if (target.locked() && !official) {
			throw new PostConflict("Post locked", "post-locked", id);
		}
		if (!official) {
			requireMayWrite(products.get(productId), author, false);
		}
		String body = comment.body().strip();
		Comment added = comments.insert(id, author.id(), author.username(), body, markdown.toHtml(body), official, at);
		posts.countComment(id);
		events.publishEvent(new CommentAdded(added.id(), id, productId, author.id(), author.username(), official, at));
		return added;
	}

	/**
	 * Throws {@link VerificationRequired} when the product keeps members whose email is
	 * not verified from posting (or commenting). Admins and the product's staff may; the
	 * member's row is read only when the product's rule asks.
	 */
	void requireMayWrite(Product product, SignedInMember author, boolean post) {
		UnverifiedMay rule = product.unverifiedMay();
		if ((post ? rule.mayPost() : rule.mayComment()) || author.admin()) {
			return;
		}
		if (!members.emailVerified(author.id()) && !products.isStaff(product.id(), author)) {
			throw new VerificationRequired(post ? "post" : "comment");
		}
	}

	private void requireExists(long id) {
		posts.productOf(id).orElseThrow(() -> new PostNotFound(id));
	}

	long insert(long productId, NewPost post, long authorId, String authorName, Posts.@Nullable FoundIn foundIn,
			Instant createdAt) {
		NewPost trimmed = post.trimmed();
		long id = posts.insert(productId, PostKind.of(trimmed.kind()), trimmed, markdown.toHtml(trimmed.body()),
				markdown.excerpt(trimmed.body(), EXCERPT_LENGTH), authorId, authorName, foundIn, createdAt);
		events.publishEvent(new PostCreated(id, productId, authorId, authorName, createdAt));
		return id;
	}

	List<PostCard> withVoted(List<PostCard> cards, @Nullable SignedInMember viewer) {
		if (cards.isEmpty()) {
			return cards;
		}
		if (viewer == null) {
			return cards;
		}
		Collection<Long> ids = cards.stream().map(PostCard::id).toList();
		Set<Long> voted = votes.votedBy(viewer.id(), ids);
		List<PostCard> marked = new ArrayList<>(cards.size());
		for (PostCard card : cards) {
			marked.add(card.withVotes(card.voteCount(), voted.contains(card.id())));
		}
		return marked;
	}

}
