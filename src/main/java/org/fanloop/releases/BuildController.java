package org.fanloop.releases;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import jakarta.validation.Valid;

import org.fanloop.web.Words;
import org.fanloop.web.ModuleProblem;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.BoardQuery;
import org.fanloop.posts.BoardSort;
import org.fanloop.posts.BugReport;
import org.fanloop.posts.PostCard;
import org.fanloop.posts.PostService;
import org.fanloop.posts.PostStatus;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.fanloop.testers.TesterService;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The build pages: drafting a build, a build with its gate and actions, reporting a bug
 * in it.
 */
@Controller
class BuildController {

	private static final String NEW_BUILD = "releases/new-build";

	private final BuildService builds;

	private final BuildDeliveries deliveries;

	private final ProductService products;

	private final PostService posts;

	private final TesterService testers;

	BuildController(BuildService builds, BuildDeliveries deliveries, ProductService products, PostService posts,
			TesterService testers) {
		this.builds = builds;
		this.deliveries = deliveries;
		this.products = products;
		this.posts = posts;
		this.testers = testers;
	}

	@GetMapping("/products/{slug}/builds/new")
	String newBuild(@PathVariable String slug, @AuthenticationPrincipal SignedInMember me, Model model) {
		Product product = products.get(slug);
		products.requireStaff(product.id(), me, "draft its builds");
		return form(product, new NewBuild("", "beta", "", List.of()), me, model);
	}

	/**
	 * The form posts back to its own address: a refused draft is shown again there, and
	 * reloading it is a GET of the empty form, never a 405.
	 */
	@PostMapping("/products/{slug}/builds/new")
	String draft(@PathVariable String slug, @Valid @ModelAttribute("newBuild") NewBuild draft, BindingResult errors,
			@AuthenticationPrincipal SignedInMember me, Model model) {
		Product product = products.get(slug);
		if (!errors.hasErrors()) {
			try {
				return "redirect:/builds/" + builds.draft(slug, draft, me).id();
			}
			catch (BuildConflict ex) {
				errors.reject("conflict", ex.detail());
			}
			catch (InvalidVersion ex) {
				errors.rejectValue("version", "invalid", ex.reason());
			}
		}
		return form(product, draft, me, model);
	}

	@GetMapping("/builds/{id}")
	String build(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		BuildDetails details = builds.details(id, me, deliveries.of(id));
		model.addAttribute("details", details);
		model.addAttribute("build", details.build());
		model.addAttribute("product", products.get(details.build().productId()));
		boolean staff = products.isStaff(details.build().productId(), me);
		model.addAttribute("staff", staff);
		model.addAttribute("stableVersion", builds.stableVersionOf(details.build()));
		boolean tester = me != null && testers.isTester(details.build().productId(), me.id());
		model.addAttribute("tester", tester);
		model.addAttribute("seesBetas", staff || tester);
		if (!model.containsAttribute("bugReport")) {
			model.addAttribute("bugReport", new BugReport("", "", "major"));
		}
		return "releases/build";
	}

	@PostMapping("/builds/{id}/publish")
	String publish(@PathVariable long id, @AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		return act(id, redirect, () -> builds.publish(id, me).id());
	}

	@PostMapping("/builds/{id}/promote")
	String promote(@PathVariable long id, @RequestParam(required = false) @Nullable String version,
			@RequestParam(required = false) @Nullable String overrideReason, @AuthenticationPrincipal SignedInMember me,
			RedirectAttributes redirect) {
		Promotion promotion = new Promotion(blankToNull(version), null, blankToNull(overrideReason), null);
		return act(id, redirect, () -> builds.promote(id, promotion, me).id());
	}

	@PostMapping("/builds/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam String note, @AuthenticationPrincipal SignedInMember me,
			RedirectAttributes redirect) {
		if (note.isBlank()) {
			redirect.addFlashAttribute("error", Words.page("flash.withdraw-note"));
			return "redirect:/builds/" + id;
		}
		return act(id, redirect, () -> builds.withdraw(id, new Withdrawal(note), me).id());
	}

	@PostMapping("/builds/{id}/what-to-test")
	String whatToTest(@PathVariable long id, @RequestParam String text, @AuthenticationPrincipal SignedInMember me,
			RedirectAttributes redirect) {
		if (text.length() > 20000) {
			redirect.addFlashAttribute("error", Words.page("flash.what-to-test-long"));
			return "redirect:/builds/" + id + "#what-to-test";
		}
		builds.editWhatToTest(id, text, me);
		return "redirect:/builds/" + id + "#what-to-test";
	}

	@PostMapping("/builds/{id}/bugs")
	String reportBug(@PathVariable long id, @Valid @ModelAttribute("bugReport") BugReport report, BindingResult errors,
			@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("org.springframework.validation.BindingResult.bugReport", errors);
			redirect.addFlashAttribute("bugReport", report);
			return "redirect:/builds/" + id + "#report";
		}
		return "redirect:/posts/" + builds.reportBug(id, report, me).id();
	}

	private String form(Product product, NewBuild draft, SignedInMember me, Model model) {
		List<PostCard> candidates = new ArrayList<>();
		for (PostStatus status : List.of(PostStatus.PLANNED, PostStatus.IN_BETA, PostStatus.UNDER_REVIEW,
				PostStatus.OPEN)) {
			candidates.addAll(posts.board(product, new BoardQuery(BoardSort.TOP, status, null, null, 100), me).items());
		}
		model.addAttribute("product", product);
		model.addAttribute("newBuild", draft);
		model.addAttribute("candidates", candidates);
		return NEW_BUILD;
	}

	/** Runs a build action; a refusal comes back as a message on the build page. */
	private String act(long id, RedirectAttributes redirect, LongSupplier action) {
		try {
			return "redirect:/builds/" + action.getAsLong();
		}
		catch (PromotionRefused | BuildConflict | InvalidVersion ex) {
			redirect.addFlashAttribute("error", ((ModuleProblem) ex).detail());
			return "redirect:/builds/" + id;
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
