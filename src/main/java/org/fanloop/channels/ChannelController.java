package org.fanloop.channels;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fanloop.web.Words;
import org.fanloop.web.ModuleProblem;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.NewPost;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.fanloop.voting.VoteWeights;
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
 * The staff's page for feedback from other channels: record a member's post or vote, set
 * what votes are weighed by and members' values, and see posts by weighted score beside
 * their plain counts.
 */
@Controller
class ChannelController {

	private final ChannelService channels;

	private final VoteWeights weights;

	private final ProductService products;

	ChannelController(ChannelService channels, VoteWeights weights, ProductService products) {
		this.channels = channels;
		this.weights = weights;
		this.products = products;
	}

	@GetMapping("/products/{slug}/feedback")
	String page(@PathVariable String slug, @AuthenticationPrincipal SignedInMember me, Model model) {
		Product product = products.get(slug);
		products.requireStaff(product.id(), me, "record feedback for members");
		model.addAttribute("product", product);
		model.addAttribute("weights", weights.weights(product.id()).orElse(null));
		model.addAttribute("ranking", weights.ranking(slug, 30, me));
		return "channels/feedback";
	}

	@PostMapping("/products/{slug}/feedback/post")
	String post(@PathVariable String slug, @RequestParam String member, @RequestParam String source,
			@RequestParam String kind, @RequestParam String title, @RequestParam(defaultValue = "") String body,
			@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		try {
			if (source.isBlank() || source.length() > 60 || title.isBlank() || title.length() > 150
					|| !kind.matches(org.fanloop.posts.PostKind.PATTERN)) {
				redirect.addFlashAttribute("error", Words.page("flash.feedback-fields"));
				return "redirect:/products/" + slug + "/feedback";
			}
			ChannelService.Recorded recorded = channels.post(slug, new NewPost(kind, title, body), member, source, me);
			return "redirect:/posts/" + recorded.post().id();
		}
		catch (ModuleProblem ex) {
			redirect.addFlashAttribute("error", ex.pageSentence());
			return "redirect:/products/" + slug + "/feedback";
		}
	}

	@PostMapping("/products/{slug}/feedback/vote")
	String vote(@PathVariable String slug, @RequestParam long postId, @RequestParam String member,
			@RequestParam String source, @AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		try {
			if (source.isBlank() || source.length() > 60) {
				redirect.addFlashAttribute("error", Words.page("flash.vote-source"));
				return "redirect:/products/" + slug + "/feedback";
			}
			channels.vote(postId, member, source, me);
			redirect.addFlashAttribute("notice", Words.page("flash.vote-recorded"));
		}
		catch (ModuleProblem ex) {
			redirect.addFlashAttribute("error", ex.pageSentence());
		}
		return "redirect:/products/" + slug + "/feedback";
	}

	@PostMapping("/products/{slug}/feedback/weights")
	String weights(@PathVariable String slug, @RequestParam String attribute, @RequestParam String values,
			@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		Map<String, Integer> parsed = new LinkedHashMap<>();
		try {
			for (String line : values.split("[\\r\\n,]+")) {
				if (line.isBlank()) {
					continue;
				}
				String[] parts = line.split(":");
				parsed.put(parts[0].strip(), Integer.valueOf(parts[1].strip()));
			}
			if (attribute.isBlank() || attribute.length() > 40 || parsed.isEmpty()) {
				throw new IllegalArgumentException();
			}
			weights.saveWeights(slug, new VoteWeights.Weights(attribute.strip(), parsed), me);
			redirect.addFlashAttribute("notice", Words.page("flash.weights-saved"));
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("error", (ex instanceof ModuleProblem problem) ? problem.pageSentence()
					: Words.page("flash.weights-format"));
		}
		return "redirect:/products/" + slug + "/feedback#weights";
	}

	@PostMapping("/products/{slug}/feedback/attribute")
	String attribute(@PathVariable String slug, @RequestParam String username,
			@RequestParam(required = false) @Nullable String value, @AuthenticationPrincipal SignedInMember me,
			RedirectAttributes redirect) {
		try {
			weights.setAttribute(slug, username.strip(), value, me);
			redirect.addFlashAttribute("notice", Words.page("flash.saved"));
		}
		catch (ModuleProblem ex) {
			redirect.addFlashAttribute("error", ex.pageSentence());
		}
		return "redirect:/products/" + slug + "/feedback#weights";
	}

}
