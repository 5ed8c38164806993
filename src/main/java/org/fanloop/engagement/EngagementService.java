package org.fanloop.engagement;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fanloop.web.Words;
import org.fanloop.Savepoints;
import org.fanloop.accounts.MemberProfile;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.CommentAdded;
import org.fanloop.posts.PostCard;
import org.fanloop.posts.PostCreated;
import org.fanloop.posts.PostDeleted;
import org.fanloop.posts.PostService;
import org.fanloop.posts.PostStatus;
import org.fanloop.posts.PostStatusChanged;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's queue, its rotation, the products' promises and the figures. The queue is
 * kept by listening to the posts module in the same transaction as the change (a post and
 * its place in the queue appear together; an answer and its leaving the queue too).
 */
@Service
public class EngagementService {

	/** The longest queue a page or call shows. */
	static final int QUEUE_LIMIT = 500;

	private final EngagementRows rows;

	private final ProductService products;

	private final PostService posts;

	private final Savepoints savepoints;

	private final ApplicationEventPublisher events;

	EngagementService(EngagementRows rows, ProductService products, PostService posts, Savepoints savepoints,
			ApplicationEventPublisher events) {
		this.rows = rows;
		this.products = products;
		this.posts = posts;
		this.savepoints = savepoints;
		this.events = events;
	}

	// --- keeping the queue

	/** A member's post joins the queue, given to the next in the rotation if any. */
	@EventListener
	void on(PostCreated created) {
		if (products.onTeam(created.productId(), created.authorId())) {
			return;
		}
		rows.track(created.postId(), created.productId(), created.createdAt());
		rows.nextInTurn(created.productId()).ifPresent(next -> {
			rows.assign(created.postId(), next.memberId(), next.name(), created.createdAt());
			events.publishEvent(new PostAssigned(created.postId(), created.productId(), next.memberId(), next.name(),
					null, created.createdAt()));
		});
	}

	/** An official comment is an answer. */
	@EventListener
	void on(CommentAdded added) {
		if (!added.official()) {
			return;
		}
		rows.action(added.productId(), added.authorId(), added.authorName(), added.postId(), "comment", added.at());
		rows.answer(added.postId(), added.authorId(), added.authorName(), added.at());
	}

	/**
	 * A status change is an answer (it comes with a note); by hand it counts as the staff
	 * member's status change, and as triage when it moves the post away from open. A
	 * build's publication answers the posts it moves but is nobody's status change.
	 */
	@EventListener
	void on(PostStatusChanged changed) {
		if (!changed.byBuild()) {
			rows.action(changed.productId(), changed.changedBy(), changed.changedByName(), changed.postId(), "status",
					changed.changedAt());
			if (changed.from() == PostStatus.OPEN) {
				rows.action(changed.productId(), changed.changedBy(), changed.changedByName(), changed.postId(),
						"triage", changed.changedAt());
			}
		}
		rows.answer(changed.postId(), changed.changedBy(), changed.changedByName(), changed.changedAt());
	}

	@EventListener
	void on(PostDeleted deleted) {
		rows.forget(deleted.postId());
	}

	// --- the queue

	/**
	 * The product's posts waiting for a first staff answer, oldest first (staff): all, or
	 * one assignee's, or only those past the promise.
	 */
	public List<QueueItem> queue(String productSlug, @Nullable String assignee, boolean overdueOnly,
			SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "see its queue");
		Long assigneeId = null;
		if (assignee != null && !assignee.isBlank()) {
			assigneeId = teamMember(product, assignee.strip(), "assignee").id();
		}
		return queue(product, assigneeId, overdueOnly, Instant.now());
	}

	List<QueueItem> queue(Product product, @Nullable Long assigneeId, boolean overdueOnly, Instant now) {
		ResponseTarget target = target(product.id());
		List<EngagementRows.Tracked> waiting = rows.waiting(product.id(), assigneeId, QUEUE_LIMIT);
		Map<Long, PostCard> cards = posts.cards(waiting.stream().map(EngagementRows.Tracked::postId).toList(), null)
			.stream()
			.collect(Collectors.toMap(PostCard::id, Function.identity()));
		List<QueueItem> items = new ArrayList<>();
		for (EngagementRows.Tracked post : waiting) {
			PostCard card = cards.get(post.postId());
			if (card == null) {
				continue;
			}
			boolean overdue = target.overdue(post.createdAt(), now);
			if (overdueOnly && !overdue) {
				continue;
			}
			items.add(new QueueItem(post.postId(), card.title(), card.kind().value(), card.authorName(),
					post.createdAt(), target.waited(post.createdAt(), now).toMinutes(), overdue, post.assigneeName()));
		}
		return items;
	}

	/**
	 * Staff give a post in the queue to a team member (themselves: they take it), or
	 * nobody ({@code username} null or blank).
	 */
	@Transactional
	public @Nullable String assign(long postId, @Nullable String username, SignedInMember actor) {
		Product product = products.get(posts.get(postId, actor).productId());
		products.requireStaff(product.id(), actor, "assign its posts");
		rows.tracked(postId)
			.orElseThrow(() -> new InvalidEngagementRequest("postId", Words.of("not-in-queue", postId)));
		Instant now = Instant.now();
		if (username == null || username.isBlank()) {
			rows.assign(postId, null, null, now);
			return null;
		}
		MemberProfile member = teamMember(product, username.strip(), "username");
		rows.assign(postId, member.id(), member.username(), now);
		events.publishEvent(new PostAssigned(postId, product.id(), member.id(), member.username(), actor.id(), now));
		return member.username();
	}

	/** Who has the post, if anyone, and whether it still waits (for its page). */
	public @Nullable QueueState stateOf(long postId) {
		return rows.tracked(postId)
			.map(post -> new QueueState(post.assigneeName(), post.firstAnswerAt() == null, post.firstAnswerAt(),
					post.firstAnswerByName()))
			.orElse(null);
	}

	/** A post's place in the queue. */
	public record QueueState(@Nullable String assignee, boolean waiting, @Nullable Instant firstAnswerAt,
			@Nullable String firstAnswerBy) {
	}

	// --- the rotation

	/** Staff join or leave the rotation that new posts are spread over. */
	@Transactional
	public List<String> rotate(String productSlug, boolean in, SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "take turns in its queue");
		if (in) {
			savepoints.insert(() -> rows.joinRotation(product.id(), actor.id(), actor.username()));
		}
		else {
			rows.leaveRotation(product.id(), actor.id());
		}
		return rows.rotation(product.id());
	}

	public List<String> rotation(long productId) {
		return rows.rotation(productId);
	}

	// --- the promise

	public ResponseTarget target(long productId) {
		return rows.target(productId).orElse(ResponseTarget.DEFAULT);
	}

	/** Staff set the product's first-response promise. */
	@Transactional
	public ResponseTarget saveTarget(String productSlug, ResponseTarget target, SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "set its response target");
		try {
			ZoneId.of(target.timeZone());
		}
		catch (RuntimeException ex) {
			throw new InvalidEngagementRequest("timeZone", Words.of("not-a-time-zone"));
		}
		if (target.dayEnd() <= target.dayStart()) {
			throw new InvalidEngagementRequest("dayEnd", Words.of("after", "dayStart"));
		}
		if (!rows.updateTarget(product.id(), target)) {
			if (!savepoints.insert(() -> rows.insertTarget(product.id(), target))) {
				rows.updateTarget(product.id(), target);
			}
		}
		return target(product.id());
	}

	// --- the figures

	/** The team's figures over [from, to) (staff). */
	public EngagementFigures figures(String productSlug, Instant from, Instant to, SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "see its engagement");
		if (!to.isAfter(from)) {
			throw new InvalidEngagementRequest("to", Words.of("after", "from"));
		}
		if (Duration.between(from, to).toDays() > 366 * 2) {
			throw new InvalidEngagementRequest("from", Words.of("period-two-years"));
		}
		return figures(product, from, to, Instant.now());
	}

	EngagementFigures figures(Product product, Instant from, Instant to, Instant now) {
		ResponseTarget target = target(product.id());
		List<EngagementRows.Tracked> answered = rows.answeredBetween(product.id(), from, to);
		Map<String, Map<String, Long>> actions = new HashMap<>();
		rows.actionCounts(product.id(), from, to)
			.forEach(count -> actions.computeIfAbsent(count.memberName(), name -> new HashMap<>())
				.put(count.kind(), count.count()));
		List<EngagementRows.Tracked> waiting = rows.waiting(product.id(), null, Integer.MAX_VALUE);
		long overdue = waiting.stream().filter(post -> target.overdue(post.createdAt(), now)).count();

		Set<String> names = new LinkedHashSet<>();
		products.staff(product.id()).forEach(member -> names.add(member.username()));
		answered.forEach(post -> names.add(post.firstAnswerByName()));
		names.addAll(actions.keySet());
		names.remove(null);
		double weeks = Math.max(1, Duration.between(from, to).toHours()) / (24.0 * 7);
		List<EngagementFigures.Member> members = new ArrayList<>();
		for (String name : names.stream().sorted().toList()) {
			List<EngagementRows.Tracked> theirs = answered.stream()
				.filter(post -> name.equals(post.firstAnswerByName()))
				.toList();
			Map<String, Long> did = actions.getOrDefault(name, Map.of());
			double perWeek = Math.round(theirs.size() / weeks * 10) / 10.0;
			members.add(new EngagementFigures.Member(name, theirs.size(), did.getOrDefault("comment", 0L),
					did.getOrDefault("status", 0L), did.getOrDefault("triage", 0L), median(minutes(theirs, target)),
					p90(minutes(theirs, target)), within(theirs, target), perWeek, target.weeklyGoal(),
					target.weeklyGoal() != null && perWeek < target.weeklyGoal()));
		}
		long comments = actions.values().stream().mapToLong(map -> map.getOrDefault("comment", 0L)).sum();
		long statuses = actions.values().stream().mapToLong(map -> map.getOrDefault("status", 0L)).sum();
		long triaged = actions.values().stream().mapToLong(map -> map.getOrDefault("triage", 0L)).sum();
		EngagementFigures.Team team = new EngagementFigures.Team(answered.size(), comments, statuses, triaged,
				median(minutes(answered, target)), p90(minutes(answered, target)), within(answered, target),
				waiting.size(), overdue);
		return new EngagementFigures(from, to, target, team, members, weeks(answered, target, from, to));
	}

	private static List<EngagementFigures.Week> weeks(List<EngagementRows.Tracked> answered, ResponseTarget target,
			Instant from, Instant to) {
		ZoneId zone = target.zone();
		LocalDate first = from.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = to.minusNanos(1).atZone(zone).toLocalDate();
		List<EngagementFigures.Week> weeks = new ArrayList<>();
		for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
			LocalDate start = week;
			List<EngagementRows.Tracked> inWeek = answered.stream().filter(post -> {
				LocalDate day = post.firstAnswerAt().atZone(zone).toLocalDate();
				return !day.isBefore(start) && day.isBefore(start.plusWeeks(1));
			}).toList();
			weeks.add(new EngagementFigures.Week(week, inWeek.size(), median(minutes(inWeek, target))));
		}
		return weeks;
	}

	private static List<Long> minutes(Collection<EngagementRows.Tracked> answered, ResponseTarget target) {
		return answered.stream()
			.map(post -> Math.round(target.waited(post.createdAt(), post.firstAnswerAt()).toSeconds() / 60.0))
			.sorted()
			.toList();
	}

	private static @Nullable Double within(Collection<EngagementRows.Tracked> answered, ResponseTarget target) {
		if (answered.isEmpty()) {
			return null;
		}
		long in = answered.stream().filter(post -> !target.overdue(post.createdAt(), post.firstAnswerAt())).count();
		return Math.round(1000.0 * in / answered.size()) / 1000.0;
	}

	/**
	 * The middle value of a sorted list; the mean of the middle two, rounded, if even.
	 */
	static @Nullable Long median(List<Long> sorted) {
		if (sorted.isEmpty()) {
			return null;
		}
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
	}

	/** The nearest-rank 90th percentile of a sorted list. */
	static @Nullable Long p90(List<Long> sorted) {
		if (sorted.isEmpty()) {
			return null;
		}
		int rank = (int) Math.ceil(0.9 * sorted.size());
		return sorted.get(rank - 1);
	}

	private MemberProfile teamMember(Product product, String username, String field) {
		return products.staff(product.id())
			.stream()
			.filter(member -> member.username().equalsIgnoreCase(username))
			.findFirst()
			.orElseThrow(() -> new InvalidEngagementRequest(field, Words.of("not-on-team", username, product.name())));
	}

}
