package org.fanloop.sessions;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.fanloop.web.Refused;
import org.fanloop.web.Words;
import org.fanloop.Savepoints;
import org.fanloop.accounts.Member;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Markdown;
import org.fanloop.posts.PostCard;
import org.fanloop.posts.PostService;
import org.fanloop.posts.StatusUpdate;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.fanloop.reputation.ReputationService;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review sessions: planning, suggestions, invitations, answers within the capacity, the
 * outcome, the calendar file, and who attended (for reputation).
 */
@Service
public class SessionService {

	private static final int SUGGESTIONS = 20;

	private final Sessions rows;

	private final ProductService products;

	private final PostService posts;

	private final MemberService members;

	private final ReputationService reputation;

	private final Markdown markdown;

	private final Savepoints savepoints;

	private final ApplicationEventPublisher events;

	SessionService(Sessions rows, ProductService products, PostService posts, MemberService members,
			ReputationService reputation, Markdown markdown, Savepoints savepoints, ApplicationEventPublisher events) {
		this.rows = rows;
		this.products = products;
		this.posts = posts;
		this.members = members;
		this.reputation = reputation;
		this.markdown = markdown;
		this.savepoints = savepoints;
		this.events = events;
	}

	/** Staff plan a review session. */
	@Transactional
	public ReviewSession create(String productSlug, NewSession session, SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "plan review sessions");
		ZoneId zone;
		try {
			zone = ZoneId.of(session.timeZone().strip());
		}
		catch (DateTimeException ex) {
			throw SessionProblem.field("timeZone", "not-a-time-zone");
		}
		Instant startsAt;
		try {
			startsAt = LocalDateTime.parse(session.startsAt().strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw SessionProblem.field("startsAt", "not-a-date-time");
		}
		List<Long> postIds = (session.posts() != null) ? List.copyOf(new LinkedHashSet<>(session.posts())) : List.of();
		List<PostCard> cards = posts.cards(postIds, null);
		if (cards.size() != postIds.size() || cards.stream().anyMatch(card -> card.productId() != product.id())) {
			throw SessionProblem.field("posts", "posts-of", product.name());
		}
		long id = rows.insert(product.id(), session.topic().strip(), startsAt, zone.getId(), session.durationMinutes(),
				session.place().strip(), session.capacity(), actor.username(), Instant.now());
		postIds.forEach(post -> rows.addPost(id, post));
		return rows.byId(id).orElseThrow();
	}

	/** The session as this viewer may see it. */
	public SessionDetails details(long id, @Nullable SignedInMember viewer) {
		ReviewSession session = rows.byId(id).orElseThrow(() -> SessionProblem.notFound(id));
		boolean staff = products.isStaff(session.productId(), viewer);
		String mine = (viewer != null) ? rows.stateOf(id, viewer.id()).orElse(null) : null;
		List<Invitee> invitees = rows.invitees(id);
		List<String> attending = invitees.stream()
			.filter(i -> i.state().equals("accepted"))
			.map(Invitee::username)
			.toList();
		List<String> waitlist = invitees.stream()
			.filter(i -> i.state().equals("waitlisted"))
			.map(Invitee::username)
			.toList();
		return new SessionDetails((staff || mine != null) ? session : session.withoutPlace(),
				posts.cards(rows.posts(id), viewer), attending, waitlist, staff ? invitees : null, mine);
	}

	/** The product's sessions, newest first (places hidden: see one session for it). */
	public List<ReviewSession> list(String productSlug) {
		Product product = products.get(productSlug);
		return rows.ofProduct(product.id()).stream().map(ReviewSession::withoutPlace).toList();
	}

	/** Whom to invite: the members who earned most with the product, not invited yet. */
	public List<ReputationService.Contributor> suggestions(long id, SignedInMember actor) {
		ReviewSession session = staffSession(id, actor, "invite members");
		Set<String> except = new HashSet<>();
		products.staff(session.productId()).forEach(member -> except.add(member.username()));
		rows.invitees(id).forEach(invitee -> except.add(invitee.username()));
		return reputation.topContributors(session.productId(), except, SUGGESTIONS);
	}

	/** Staff invite members; each is told once. Returns the usernames invited now. */
	@Transactional
	public List<String> invite(long id, List<String> usernames, SignedInMember actor) {
		ReviewSession session = staffSession(id, actor, "invite members");
		requireOpen(session);
		List<Long> invited = new ArrayList<>();
		List<String> names = new ArrayList<>();
		Instant now = Instant.now();
		for (String username : usernames) {
			Member member = members.find(username.strip())
				.orElseThrow(() -> SessionProblem.field("usernames", "not-a-member", username));
			if (savepoints.insert(() -> rows.invite(id, member.id(), member.username(), now))) {
				invited.add(member.id());
				names.add(member.username());
			}
		}
		if (!invited.isEmpty()) {
			events.publishEvent(new SessionInvited(id, session.productId(), products.get(session.productId()).name(),
					session.topic(), session.startsAt(), session.timeZone(), List.copyOf(invited), now));
		}
		return names;
	}

	/**
	 * An invitee accepts (a seat while there is one, else the waitlist) or declines
	 * (freeing their seat for the first on the waitlist). Returns their state.
	 */
	@Transactional
	public String answer(long id, boolean accept, SignedInMember member) {
		ReviewSession session = rows.byId(id).orElseThrow(() -> SessionProblem.notFound(id));
		requireOpen(session);
		rows.lock(id);
		String state = rows.stateOf(id, member.id()).orElseThrow(() -> new Refused(Words.of("invited-only")));
		Instant now = Instant.now();
		if (accept) {
			if (state.equals("accepted") || state.equals("waitlisted")) {
				return state;
			}
			String next = (rows.count(id, "accepted") < session.capacity()) ? "accepted" : "waitlisted";
			rows.answer(id, member.id(), next, now);
			return next;
		}
		rows.answer(id, member.id(), "declined", now);
		if (state.equals("accepted")) {
			rows.promoteFromWaitlist(id);
		}
		return "declined";
	}

	/**
	 * Staff record what came of the session: its note, and status changes on the posts it
	 * discussed whose notes point back to it. Those who had accepted attended.
	 */
	@Transactional
	public ReviewSession close(long id, Outcome outcome, SignedInMember actor) {
		ReviewSession session = staffSession(id, actor, "record what came of its sessions");
		requireOpen(session);
		List<Long> discussed = rows.posts(id);
		List<Outcome.Change> changes = (outcome.changes() != null) ? outcome.changes() : List.of();
		for (Outcome.Change change : changes) {
			if (!discussed.contains(change.postId())) {
				throw SessionProblem.field("changes", "not-discussed", change.postId());
			}
		}
		// Written in the language of the staff member who records it, as their note is.
		String back = "\n\n" + Words.page("sessions.from-session", session.topic(), "/sessions/" + id);
		for (Outcome.Change change : changes) {
			posts.changeStatus(change.postId(), new StatusUpdate(change.status(), change.note().strip() + back), actor);
		}
		String note = outcome.note().strip();
		Instant now = Instant.now();
		rows.close(id, note, markdown.toHtml(note), now);
		rows.attended(id).forEach(events::publishEvent);
		return rows.byId(id).orElseThrow();
	}

	/** The session as an iCalendar file (the place only for staff and invitees). */
	public String calendar(long id, @Nullable SignedInMember viewer, String baseUrl) {
		SessionDetails details = details(id, viewer);
		ReviewSession session = details.session();
		VEvent event = new VEvent(session.startsAt(), session.endsAt(),
				products.get(session.productId()).name() + " review session: " + session.topic());
		event.add(new Uid("review-session-" + id + "@fanloop"));
		if (session.place() != null) {
			event.add(new Location(session.place()));
		}
		StringBuilder description = new StringBuilder("Posts to discuss:");
		details.posts().forEach(post -> description.append("\n- ").append(post.title()));
		event.add(new Description(description.toString()));
		try {
			event.add(new Url(java.net.URI.create(baseUrl + "/sessions/" + id)));
		}
		catch (IllegalArgumentException ex) {
			// A base URL that is no URI leaves the link out.
		}
		Calendar calendar = new Calendar().withProdId("-//Fanloop//Review sessions//EN")
			.withDefaults()
			.getFluentTarget();
		calendar.add(event);
		return calendar.toString();
	}

	private ReviewSession staffSession(long id, SignedInMember actor, String action) {
		ReviewSession session = rows.byId(id).orElseThrow(() -> SessionProblem.notFound(id));
		products.requireStaff(session.productId(), actor, action);
		return session;
	}

	private static void requireOpen(ReviewSession session) {
		if (session.closedAt() != null) {
			throw SessionProblem.conflict("Session over", "session-over", session.topic());
		}
	}

}
