package org.fanloop.channels;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

import org.fanloop.web.Words;
import org.fanloop.Savepoints;
import org.fanloop.accounts.Member;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.NewPost;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostService;
import org.fanloop.products.ProductService;
import org.fanloop.voting.VoteService;
import org.fanloop.voting.VoteState;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts and votes staff record for members, with their source.
 */
@Service
public class ChannelService {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final MemberService members;

	private final PostService posts;

	private final VoteService votes;

	private final ProductService products;

	private final JdbcClient jdbc;

	private final Savepoints savepoints;

	private final ApplicationEventPublisher events;

	ChannelService(MemberService members, PostService posts, VoteService votes, ProductService products,
			JdbcClient jdbc, Savepoints savepoints, ApplicationEventPublisher events) {
		this.members = members;
		this.posts = posts;
		this.votes = votes;
		this.products = products;
		this.jdbc = jdbc;
		this.savepoints = savepoints;
		this.events = events;
	}

	/** Whose feedback it is, and whether they were invited just now. */
	public record Resolved(Member member, boolean invited) {
	}

	/** A post recorded for a member. */
	public record Recorded(Post post, String member, boolean invited) {
	}

	/**
	 * Staff post for a member, found by username or email; an unknown email gets an
	 * account to claim.
	 */
	@Transactional
	public Recorded post(String productSlug, NewPost post, String member, String source, SignedInMember actor) {
		products.requireStaff(products.get(productSlug).id(), actor, "record feedback for members");
		Resolved author = resolve(member, actor);
		Post created = posts.createFor(productSlug, post, author.member().profile(), source.strip(), actor);
		events.publishEvent(new FeedbackRecorded(created.id(), created.productId(), author.member().id(), false,
				source.strip(), actor.username(), Instant.now()));
		return new Recorded(created, author.member().username(), author.invited());
	}

	/** Staff vote for a member on a post of their product, noting the source. */
	@Transactional
	public VoteState vote(long postId, String member, String source, SignedInMember actor) {
		Post post = posts.get(postId, actor);
		products.requireStaff(post.productId(), actor, "record votes for members");
		Resolved voter = resolve(member, actor);
		Member who = voter.member();
		VoteState state = votes.cast(postId, new SignedInMember(who.id(), who.username(), who.admin()));
		Instant now = Instant.now();
		boolean recorded = savepoints.insert(() -> jdbc.sql("""
				insert into vote_sources (post_id, member_id, source, entered_by, at)
				values (:post, :member, :source, :by, :at)""")
			.param("post", postId)
			.param("member", who.id())
			.param("source", source.strip())
			.param("by", actor.username())
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update());
		if (recorded) {
			events.publishEvent(new FeedbackRecorded(postId, post.productId(), who.id(), true, source.strip(),
					actor.username(), now));
		}
		return state;
	}

	private Resolved resolve(String member, SignedInMember actor) {
		String text = member.strip();
		if (text.contains("@")) {
			if (!EMAIL.matcher(text).matches() || text.length() > 254) {
				throw new InvalidFeedback("member", Words.of("not-an-email"));
			}
			return members.findByEmail(text)
				.map(found -> new Resolved(found, false))
				.orElseGet(() -> new Resolved(members.invite(text, actor.username()).member(), true));
		}
		return members.find(text)
			.map(found -> new Resolved(found, false))
			.orElseThrow(() -> new InvalidFeedback("member", Words.of("feedback-no-member", text)));
	}

}
