package org.fanloop.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fanloop.accounts.Member;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.notifications.NotificationService;
import org.fanloop.posts.Comment;
import org.fanloop.posts.PostActivity;
import org.fanloop.posts.PostCard;
import org.fanloop.posts.PostService;
import org.fanloop.products.ProductService;
import org.fanloop.voting.VoteService;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's history, assembled from the modules that own each part: the votes from
 * voting, the comments from posts, the follows from notifications, then one read of the
 * posts' cards for the page.
 */
@Service
public class HistoryService {

	/** Items a page holds unless the caller asks for fewer. */
	static final int PAGE = 20;

	/** The most items one page holds. */
	static final int MAX_PAGE = 100;

	private static final int COMMENT_EXCERPT = 160;

	private final PostService posts;

	private final VoteService votes;

	private final NotificationService notifications;

	private final ProductService products;

	private final HistorySettings settings;

	HistoryService(PostService posts, VoteService votes, NotificationService notifications, ProductService products,
			HistorySettings settings) {
		this.posts = posts;
		this.votes = votes;
		this.notifications = notifications;
		this.products = products;
		this.settings = settings;
	}

	/**
	 * Whether the viewer may see this list of the member's: comments are public; votes
	 * are the member's and staff's unless the member made them public; follows are the
	 * member's and staff's.
	 */
	boolean maySee(Member owner, HistoryKind kind, @Nullable SignedInMember viewer) {
		if (kind == HistoryKind.COMMENTS || (viewer != null && viewer.id() == owner.id())) {
			return true;
		}
		if (kind == HistoryKind.VOTES && settings.votesPublic(owner.id())) {
			return true;
		}
		return products.isStaffAnywhere(viewer);
	}

	boolean votesPublic(long memberId) {
		return settings.votesPublic(memberId);
	}

	@Transactional
	public void setVotesPublic(SignedInMember me, boolean votesPublic) {
		settings.setVotesPublic(me.id(), votesPublic);
	}

	/**
	 * A page of one list of the member's history, newest first; the caller checked
	 * {@link #maySee}. Posts deleted since are left out.
	 */
	HistoryPage page(Member owner, HistoryKind kind, @Nullable String cursor, int limit,
			@Nullable SignedInMember viewer) {
		int size = Math.max(1, Math.min(limit, MAX_PAGE));
		PostActivity.Before before = HistoryCursor.parse(cursor);
		List<PostActivity> done;
		Map<Long, Comment> comments = Map.of();
		switch (kind) {
			case VOTES -> done = votes.votedBy(owner.id(), before, size + 1);
			case FOLLOWS -> done = notifications.followedBy(owner.id(), before, size + 1);
			default -> {
				List<Comment> written = posts.commentsBy(owner.id(), (before != null) ? before.key() : null, size + 1);
				comments = written.stream().collect(Collectors.toMap(Comment::id, Function.identity()));
				done = written.stream()
					.map(comment -> new PostActivity(comment.postId(), comment.createdAt(), comment.id()))
					.toList();
			}
		}
		List<PostActivity> shown = done.subList(0, Math.min(size, done.size()));
		Map<Long, PostCard> cards = posts.cards(shown.stream().map(PostActivity::postId).distinct().toList(), viewer)
			.stream()
			.collect(Collectors.toMap(PostCard::id, Function.identity()));
		List<HistoryItem> items = new ArrayList<>();
		for (PostActivity activity : shown) {
			PostCard card = cards.get(activity.postId());
			if (card == null) {
				continue;
			}
			Comment comment = comments.get(activity.key());
			items.add(new HistoryItem(activity.at(), card, (comment != null) ? comment.id() : null,
					(comment != null) ? excerpt(comment.body()) : null));
		}
		String next = (done.size() > size) ? HistoryCursor.of(shown.getLast()) : null;
		return new HistoryPage(items, next);
	}

	/** What anybody may see of the member. */
	PublicProfile publicProfile(Member member, @Nullable SignedInMember viewer) {
		boolean votesPublic = settings.votesPublic(member.id());
		return new PublicProfile(member.id(), member.username(), member.admin(), member.createdAt(),
				"/members/" + member.username() + "/avatar.svg", votesPublic, posts.byAuthor(member.id(), PAGE, viewer),
				page(member, HistoryKind.COMMENTS, null, PAGE, viewer).items(),
				votesPublic ? page(member, HistoryKind.VOTES, null, PAGE, viewer).items() : null);
	}

	private static String excerpt(String body) {
		String flat = body.strip().replaceAll("\\s+", " ");
		return (flat.length() <= COMMENT_EXCERPT) ? flat : flat.substring(0, COMMENT_EXCERPT - 1).strip() + "…";
	}

}
