package org.fanloop.sessions;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Review sessions on pages: the product's list with the staff's planning form, a
 * session's page with the invitee's answer, the staff's suggestions and invitations and
 * the outcome form, and the calendar file.
 */
@Controller
class SessionController {

	private final SessionService sessions;

	private final ProductService products;

	SessionController(SessionService sessions, ProductService products) {
		this.sessions = sessions;
		this.products = products;
	}

	@GetMapping("/products/{slug}/sessions")
	String list(@PathVariable String slug, @AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		Product product = products.get(slug);
		List<ReviewSession> all = sessions.list(slug);
		Instant now = Instant.now();
		model.addAttribute("product", product);
		model.addAttribute("upcoming", all.stream().filter(s -> s.upcoming(now)).toList());
		model.addAttribute("past", all.stream().filter(s -> !s.upcoming(now)).toList());
		model.addAttribute("staff", products.isStaff(product.id(), me));
		return "sessions/list";
	}

	@PostMapping("/products/{slug}/sessions")
	String create(@PathVariable String slug, @RequestParam String topic, @RequestParam String startsAt,
			@RequestParam String timeZone, @RequestParam(defaultValue = "60") int durationMinutes,
			@RequestParam String place, @RequestParam(defaultValue = "10") int capacity,
			@RequestParam(required = false) @Nullable String posts, @AuthenticationPrincipal SignedInMember me,
			RedirectAttributes redirect) {
		try {
			List<Long> ids = (posts == null || posts.isBlank()) ? List.of()
					: Arrays.stream(posts.split("[,\\s]+")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
			if (durationMinutes < 15 || durationMinutes > 600 || capacity < 1 || capacity > 1000 || topic.isBlank()
					|| topic.length() > 200 || place.isBlank() || place.length() > 500) {
				throw SessionProblem.field("topic", "session-topic");
			}
			ReviewSession created = sessions.create(slug,
					new NewSession(topic, startsAt, timeZone, durationMinutes, place, capacity, ids), me);
			return "redirect:/sessions/" + created.id();
		}
		catch (NumberFormatException ex) {
			redirect.addFlashAttribute("error", Words.page("flash.session-posts"));
		}
		catch (SessionProblem ex) {
			redirect.addFlashAttribute("error", ex.pageSentence());
		}
		return "redirect:/products/" + slug + "/sessions#plan";
	}

	@GetMapping("/sessions/{id}")
	String session(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		SessionDetails details = sessions.details(id, me);
		Product product = products.get(details.session().productId());
		boolean staff = products.isStaff(product.id(), me);
		model.addAttribute("details", details);
		model.addAttribute("product", product);
		model.addAttribute("staff", staff);
		model.addAttribute("open", details.session().closedAt() == null);
		if (staff && details.session().closedAt() == null) {
			model.addAttribute("suggestions", sessions.suggestions(id, me));
		}
		return "sessions/session";
	}

	@PostMapping("/sessions/{id}/invitations")
	String invite(@PathVariable long id,
			@RequestParam(name = "username", required = false) @Nullable List<String> usernames,
			@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		try {
			if (usernames == null || usernames.isEmpty()) {
				throw SessionProblem.field("usernames", "session-members");
			}
			List<String> invited = sessions.invite(id, usernames.stream().filter(u -> !u.isBlank()).toList(), me);
			redirect.addFlashAttribute("notice", Words.page("flash.invited", String.join(", ", invited)));
		}
		catch (SessionProblem ex) {
			redirect.addFlashAttribute("error", ex.pageSentence());
		}
		return "redirect:/sessions/" + id;
	}

	@PostMapping("/sessions/{id}/rsvp")
	String answer(@PathVariable long id, @RequestParam String answer, @AuthenticationPrincipal SignedInMember me,
			RedirectAttributes redirect) {
		try {
			sessions.answer(id, answer.equals("accept"), me);
		}
		catch (SessionProblem ex) {
			redirect.addFlashAttribute("error", ex.pageSentence());
		}
		return "redirect:/sessions/" + id;
	}

	@PostMapping("/sessions/{id}/outcome")
	String close(@PathVariable long id, @RequestParam String note, @AuthenticationPrincipal SignedInMember me,
			RedirectAttributes redirect) {
		try {
			if (note.isBlank()) {
				throw SessionProblem.field("note", "session-note");
			}
			sessions.close(id, new Outcome(note, List.of()), me);
		}
		catch (SessionProblem ex) {
			redirect.addFlashAttribute("error", ex.pageSentence());
		}
		return "redirect:/sessions/" + id;
	}

	@GetMapping("/sessions/{id}/invite.ics")
	@ResponseBody
	ResponseEntity<byte[]> calendar(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInMember me) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header("Content-Disposition",
					ContentDisposition.attachment().filename("review-session-" + id + ".ics").build().toString())
			.body(sessions.calendar(id, me, base).getBytes(StandardCharsets.UTF_8));
	}

	@ModelAttribute("now")
	Instant now() {
		return Instant.now();
	}

}
