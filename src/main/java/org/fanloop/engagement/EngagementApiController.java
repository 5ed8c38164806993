package org.fanloop.engagement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The team's queue, rotation, promise and figures for API clients (staff).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Engagement")
class EngagementApiController {

	private final EngagementService engagement;

	private final ProductService products;

	EngagementApiController(EngagementService engagement, ProductService products) {
		this.engagement = engagement;
		this.products = products;
	}

	/** The queue and the promise it is measured against. */
	record Queue(ResponseTarget target, List<QueueItem> items) {
	}

	@GetMapping("/products/{slug}/queue")
	@Operation(summary = "Posts waiting for a first staff answer, oldest first (staff)",
			description = "An official comment or a status change answers a post. `assignee` narrows to one team "
					+ "member's posts, `overdue=true` to those past the product's first-response target.")
	Queue queue(@PathVariable String slug, @RequestParam(required = false) @Nullable String assignee,
			@RequestParam(defaultValue = "false") boolean overdue, @AuthenticationPrincipal SignedInMember me) {
		List<QueueItem> items = engagement.queue(slug, assignee, overdue, me);
		return new Queue(engagement.target(products.get(slug).id()), items);
	}

	/** Who a post is given to. */
	record Assignee(@Nullable String username) {
	}

	/** A post and who has it now. */
	record Assigned(long postId, @Nullable String assignee) {
	}

	@PutMapping("/posts/{id}/assignee")
	@Operation(summary = "Give a post in the queue to a team member, take it (your own username) or free it "
			+ "(null) (staff); the assignee is notified")
	Assigned assign(@PathVariable long id, @RequestBody Assignee assignee, @AuthenticationPrincipal SignedInMember me) {
		return new Assigned(id, engagement.assign(id, assignee.username(), me));
	}

	/** Whether the caller takes new posts in turn. */
	record Turns(boolean in) {
	}

	/** Who is in the rotation. */
	record Rotation(List<String> rotation) {
	}

	@PutMapping("/products/{slug}/rotation")
	@Operation(summary = "Join or leave the rotation new posts are spread over (staff, for themselves)")
	Rotation rotate(@PathVariable String slug, @RequestBody Turns turns, @AuthenticationPrincipal SignedInMember me) {
		return new Rotation(engagement.rotate(slug, turns.in(), me));
	}

	@GetMapping("/products/{slug}/response-target")
	@Operation(summary = "The product's first-response target and weekly answer goal")
	ResponseTarget target(@PathVariable String slug) {
		return engagement.target(products.get(slug).id());
	}

	@PutMapping("/products/{slug}/response-target")
	@Operation(summary = "Set the first-response target: hours, optionally business hours in a time zone, and a "
			+ "weekly goal of first answers per staff member (staff)")
	ResponseTarget saveTarget(@PathVariable String slug, @Valid @RequestBody ResponseTarget target,
			@AuthenticationPrincipal SignedInMember me) {
		return engagement.saveTarget(slug, target, me);
	}

	@GetMapping("/products/{slug}/engagement")
	@Operation(summary = "The team's and each member's answer figures over [from, to) (staff)",
			description = "`from` and `to` are dates (midnight in the product's time zone) or instants; by default "
					+ "the last 30 days. Times to a first answer are in minutes, in working time when the target "
					+ "counts business hours.")
	EngagementFigures figures(@PathVariable String slug, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @AuthenticationPrincipal SignedInMember me) {
		Period period = Period.of(from, to, engagement.target(products.get(slug).id()).zone(), Instant.now());
		return engagement.figures(slug, period.from(), period.to(), me);
	}

	/** A period from two optional query parameters. */
	record Period(Instant from, Instant to) {

		static Period of(@Nullable String from, @Nullable String to, ZoneId zone, Instant now) {
			Instant end = (to != null && !to.isBlank()) ? instant("to", to, zone) : now;
			Instant start = (from != null && !from.isBlank()) ? instant("from", from, zone)
					: end.minus(Duration.ofDays(30));
			return new Period(start, end);
		}

		private static Instant instant(String field, String text, ZoneId zone) {
			try {
				return (text.length() == 10) ? LocalDate.parse(text).atStartOfDay(zone).toInstant()
						: Instant.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw new InvalidEngagementRequest(field, Words.of("not-a-date"));
			}
		}

	}

}
