package org.fanloop.releases;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.BoardQuery;
import org.fanloop.posts.BoardSort;
import org.fanloop.posts.PostService;
import org.fanloop.posts.PostStatus;
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
 * The release train page, and the lead-time fragments the board and post pages load.
 */
@Controller
class TrainController {

	private final TrainService trains;

	private final LeadTimeService leadTimes;

	private final BuildService builds;

	private final ProductService products;

	private final PostService posts;

	TrainController(TrainService trains, LeadTimeService leadTimes, BuildService builds, ProductService products,
			PostService posts) {
		this.trains = trains;
		this.leadTimes = leadTimes;
		this.builds = builds;
		this.products = products;
		this.posts = posts;
	}

	@GetMapping("/products/{slug}/train")
	String train(@PathVariable String slug, @AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		Product product = products.get(slug);
		ReleaseTrain train = trains.train(product.id());
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		model.addAttribute("product", product);
		model.addAttribute("train", train);
		model.addAttribute("nextBeta", train.nextBeta(today));
		model.addAttribute("nextStable", train.nextStable(today));
		model.addAttribute("planned",
				posts.board(product, new BoardQuery(BoardSort.TOP, PostStatus.PLANNED, null, null, 50), me).items());
		model.addAttribute("inBeta",
				posts.board(product, new BoardQuery(BoardSort.TOP, PostStatus.IN_BETA, null, null, 50), me).items());
		model.addAttribute("leadTime", leadTimes.product(product.id()));
		model.addAttribute("builds", builds.list(slug, me, 20));
		model.addAttribute("staff", me != null && products.isStaff(product.id(), me));
		return "releases/train";
	}

	@PostMapping("/products/{slug}/train")
	String configure(@PathVariable String slug, @RequestParam String betaWeekday, @RequestParam int stableEveryWeeks,
			@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		if (stableEveryWeeks < 1 || stableEveryWeeks > 52) {
			redirect.addFlashAttribute("error", Words.page("flash.train-weeks"));
		}
		else {
			trains.configure(slug, new TrainSettings(betaWeekday, stableEveryWeeks), me);
		}
		return "redirect:/products/" + slug + "/train";
	}

	@GetMapping("/products/{slug}/lead-time")
	String productLeadTime(@PathVariable String slug, Model model) {
		Product product = products.get(slug);
		model.addAttribute("product", product);
		model.addAttribute("leadTime", leadTimes.product(product.id()));
		return "releases/fragments :: product-lead-time";
	}

	@GetMapping("/posts/{id}/releases")
	String postReleases(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		model.addAttribute("leadTime", leadTimes.post(id, me));
		return "releases/fragments :: post-releases";
	}

}
