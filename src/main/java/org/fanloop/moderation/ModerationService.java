package org.fanloop.moderation;

import java.time.Instant;
import java.util.List;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.ModerationAction;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostDeleted;
import org.fanloop.posts.PostEditing;
import org.fanloop.posts.PostModerated;
import org.fanloop.posts.PostService;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags from members and the moderation log. The log is written by a listener in the
 * transaction of the action itself, so an action and its entry are kept or lost together;
 * an action on a post or comment resolves the flags on it.
 */
@Service
public class ModerationService {

	private static final int SHOWN = 100;

	private final ModerationRecords records;

	private final PostService posts;

	private final PostEditing editing;

	private final ProductService products;

	ModerationService(ModerationRecords records, PostService posts, PostEditing editing, ProductService products) {
		this.records = records;
		this.posts = posts;
		this.editing = editing;
		this.products = products;
	}

	/** A member flags a post (or one of its comments) for the team; false if they had. */
	@Transactional
	public boolean flagPost(long postId, String reason, SignedInMember member) {
		Post post = posts.view(postId, member);
		return records.flag(post.productId(), postId, null, member.id(), member.username(), reason.strip(),
				Instant.now());
	}

	@Transactional
	public boolean flagComment(long commentId, String reason, SignedInMember member) {
		PostService.CommentPlace place = posts.placeOf(commentId);
		posts.view(place.postId(), member);
		return records.flag(place.productId(), place.postId(), commentId, member.id(), member.username(),
				reason.strip(), Instant.now());
	}

	/** The post a comment is on. */
	long postOfComment(long commentId) {
		return posts.placeOf(commentId).postId();
	}

	@Transactional
	public Post moderate(long postId, ModerationAction action, String note, SignedInMember staff) {
		return editing.moderate(postId, action, note, staff);
	}

	@Transactional
	public long moderateComment(long commentId, ModerationAction action, String note, SignedInMember staff) {
		return editing.moderateComment(commentId, action, note, staff);
	}

	/** Staff dismiss a flag that needs no action. */
	@Transactional
	public boolean dismiss(String productSlug, long flagId, SignedInMember staff) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), staff, "dismiss flags");
		return records.dismiss(product.id(), flagId, Instant.now());
	}

	/**
	 * The open flags (oldest first) and the latest log entries of a product, for staff.
	 */
	public Overview overview(String productSlug, @Nullable SignedInMember staff) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), staff, "see its moderation");
		return new Overview(product.slug(), records.openFlags(product.id(), SHOWN), records.log(product.id(), SHOWN));
	}

	@EventListener
	void on(PostModerated moderated) {
		records.log(moderated.productId(), moderated.postId(), moderated.commentId(), moderated.action(),
				moderated.note(), moderated.excerpt(), moderated.actorName(), Instant.now());
		if (!"delete".equals(moderated.action()) || moderated.commentId() != null) {
			records.resolve(moderated.postId(), moderated.commentId(), Instant.now());
		}
	}

	@EventListener
	void on(PostDeleted deleted) {
		records.forgetFlags(deleted.postId());
	}

	/** What a product's moderation page shows. */
	public record Overview(String product, List<Flag> flags, List<LogEntry> log) {
	}

}
