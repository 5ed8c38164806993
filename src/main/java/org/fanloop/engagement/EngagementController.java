package org.fanloop.engagement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.cluster.NodeCaches;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's pages: the queue with the rotation and assignment forms, the team's figures
 * with the promise form, and the promise the board shows everybody.
 *
 * <p>
 * The board's promise line ("staff answer within a day; last 30 days: median 3 h") is
 * loaded by every board view, so each node keeps it for five minutes per product
 * (Caffeine, per node): a figure over 30 days moves little in five minutes, and a changed
 * promise makes the product's entry stale on every node ({@link NodeCaches}).
 */
@Controller
class EngagementController {

	private final EngagementService engagement;

	private final ProductService products;

	private final Cache<Long, Promise> promises = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(5))
		.maximumSize(10_000)
		.build();

	private static final String CACHE = "promise-lines";

	private final NodeCaches caches;

	EngagementController(EngagementService engagement, ProductService products, NodeCaches caches) {
		this.engagement = engagement;
		this.products = products;
		this.caches = caches;
		caches.register(CACHE, promises, Long::parseLong);
	}

	/** The promise in words and the last 30 days' median, if anything was answered. */
	record Promise(String target, @Nullable Duration median, long answered) {
	}

	@GetMapping("/products/{slug}/promise")
	String promise(@PathVariable String slug, Model model) {
		Product product = products.get(slug);
		model.addAttribute("promise", promises.get(product.id(), id -> {
			Instant now = Instant.now();
			EngagementFigures figures = engagement.figures(product, now.minus(Duration.ofDays(30)), now, now);
			Long median = figures.team().medianFirstResponseMinutes();
			return new Promise(figures.target().inWords(), (median != null) ? Duration.ofMinutes(median) : null,
					figures.team().firstAnswers());
		}));
		return "engagement/fragments :: promise";
	}

	@GetMapping("/products/{slug}/queue")
	String queue(@PathVariable String slug, @RequestParam(required = false) @Nullable String assignee,
			@RequestParam(defaultValue = "false") boolean overdue, @AuthenticationPrincipal SignedInMember me,
			Model model) {
		Product product = products.get(slug);
		List<QueueItem> items = engagement.queue(slug, assignee, overdue, me);
		List<String> rotation = engagement.rotation(product.id());
		model.addAttribute("product", product);
		model.addAttribute("items", items);
		model.addAttribute("target", engagement.target(product.id()));
		model.addAttribute("team", products.staff(product.id()));
		model.addAttribute("rotation", rotation);
		model.addAttribute("inRotation", rotation.contains(me.username()));
		model.addAttribute("assignee", assignee);
		model.addAttribute("overdue", overdue);
		return "engagement/queue";
	}

	@PostMapping("/posts/{id}/assignee")
	String assign(@PathVariable long id, @RequestParam(required = false) @Nullable String username,
			@RequestParam String slug, @AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		try {
			engagement.assign(id, username, me);
		}
		catch (InvalidEngagementRequest ex) {
			redirect.addFlashAttribute("error", ex.pageSentence());
		}
		return "redirect:/products/" + products.get(slug).slug() + "/queue";
	}

	@PostMapping("/products/{slug}/rotation")
	String rotate(@PathVariable String slug, @RequestParam(defaultValue = "true") boolean in,
			@AuthenticationPrincipal SignedInMember me) {
		engagement.rotate(slug, in, me);
		return "redirect:/products/" + slug + "/queue";
	}

	@GetMapping("/products/{slug}/team")
	String team(@PathVariable String slug, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @AuthenticationPrincipal SignedInMember me,
			Model model) {
		Product product = products.get(slug);
		products.requireStaff(product.id(), me, "see its engagement");
		ResponseTarget target = engagement.target(product.id());
		EngagementFigures figures;
		try {
			EngagementApiController.Period period = EngagementApiController.Period.of(from, to, target.zone(),
					Instant.now());
			figures = engagement.figures(slug, period.from(), period.to(), me);
		}
		catch (InvalidEngagementRequest ex) {
			model.addAttribute("error", ex.pageSentence());
			Instant now = Instant.now();
			figures = engagement.figures(slug, now.minus(Duration.ofDays(30)), now, me);
		}
		model.addAttribute("product", product);
		model.addAttribute("figures", figures);
		model.addAttribute("target", target);
		return "engagement/team";
	}

	@PostMapping("/products/{slug}/response-target")
	String saveTarget(@PathVariable String slug, @RequestParam int targetHours,
			@RequestParam(defaultValue = "false") boolean businessHours, @RequestParam String timeZone,
			@RequestParam int dayStart, @RequestParam int dayEnd,
			@RequestParam(required = false) @Nullable Integer weeklyGoal, @AuthenticationPrincipal SignedInMember me,
			RedirectAttributes redirect) {
		if (targetHours < 1 || targetHours > 720 || dayStart < 0 || dayStart > 23 || dayEnd < 1 || dayEnd > 24
				|| (weeklyGoal != null && (weeklyGoal < 1 || weeklyGoal > 1000))) {
			redirect.addFlashAttribute("error", Words.page("flash.engagement-settings"));
			return "redirect:/products/" + slug + "/team#target";
		}
		try {
			engagement.saveTarget(slug,
					new ResponseTarget(targetHours, businessHours, timeZone.strip(), dayStart, dayEnd, weeklyGoal), me);
			caches.stale(CACHE, String.valueOf(products.get(slug).id()));
		}
		catch (InvalidEngagementRequest ex) {
			redirect.addFlashAttribute("error", ex.pageSentence());
		}
		return "redirect:/products/" + slug + "/team#target";
	}

}
