package org.fanloop.testers;

import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
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
 * The beta programme page: members apply or leave; staff decide and set the cap.
 */
@Controller
class BetaProgrammeController {

	private final TesterService testers;

	private final ProductService products;

	private final InvitationService invitations;

	BetaProgrammeController(TesterService testers, ProductService products, InvitationService invitations) {
		this.invitations = invitations;
		this.testers = testers;
		this.products = products;
	}

	@GetMapping("/products/{slug}/beta")
	String page(@PathVariable String slug, @AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		Product product = products.get(slug);
		boolean staff = me != null && products.isStaff(product.id(), me);
		ProgrammeActivity activity = testers.activity(product.id());
		model.addAttribute("product", product);
		model.addAttribute("programme", testers.programme(product.id(), activity));
		model.addAttribute("activity", activity);
		model.addAttribute("membership", (me != null) ? testers.applicationOf(product.id(), me.id()) : null);
		model.addAttribute("staff", staff);
		if (staff) {
			model.addAttribute("applications", testers.applications(slug, null, me));
			model.addAttribute("invitations", invitations.list(slug, me));
		}
		return "testers/programme";
	}

	@PostMapping("/products/{slug}/beta/apply")
	String apply(@PathVariable String slug, @AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		try {
			testers.apply(slug, me);
		}
		catch (ProgrammeConflict ex) {
			redirect.addFlashAttribute("error", ex.detail());
		}
		return "redirect:/products/" + slug + "/beta";
	}

	/** Staff make an enrolment link; its address is shown this once. */
	@PostMapping("/products/{slug}/beta/invitations")
	String invite(@PathVariable String slug, @RequestParam(required = false) @Nullable Integer maxUses,
			@RequestParam(required = false) @Nullable Integer expiresInDays,
			@RequestParam(defaultValue = "false") boolean autoAccept,
			@RequestParam(required = false) @Nullable Integer minMemberDays, @AuthenticationPrincipal SignedInMember me,
			RedirectAttributes redirect) {
		if ((maxUses != null && maxUses < 1) || (expiresInDays != null && expiresInDays < 1)
				|| (minMemberDays != null && minMemberDays < 0)) {
			redirect.addFlashAttribute("error", Words.page("flash.link-numbers"));
			return "redirect:/products/" + slug + "/beta#invitations";
		}
		java.time.Instant expires = (expiresInDays != null)
				? java.time.Instant.now().plus(java.time.Duration.ofDays(expiresInDays)) : null;
		InvitationCreated created = invitations.create(slug,
				new NewInvitation(maxUses, expires, autoAccept, minMemberDays), me);
		redirect.addFlashAttribute("createdLink", created.link());
		return "redirect:/products/" + slug + "/beta#invitations";
	}

	@PostMapping("/products/{slug}/beta/invitations/{id}/revoke")
	String revoke(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		invitations.revoke(slug, id, me);
		return "redirect:/products/" + slug + "/beta#invitations";
	}

	/** Staff remove the inactive testers in one action. */
	@PostMapping("/products/{slug}/beta/prune")
	String prune(@PathVariable String slug, @AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		redirect.addFlashAttribute("pruned", testers.prune(slug, me));
		return "redirect:/products/" + slug + "/beta#activity";
	}

	@PostMapping("/products/{slug}/beta/leave")
	String leave(@PathVariable String slug, @AuthenticationPrincipal SignedInMember me) {
		testers.leave(slug, me.username(), me);
		return "redirect:/products/" + slug + "/beta";
	}

	@PostMapping("/products/{slug}/beta/testers/{username}")
	String decide(@PathVariable String slug, @PathVariable String username, @RequestParam String state,
			@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		try {
			testers.decide(slug, username, TesterState.of(state), me);
		}
		catch (ProgrammeConflict ex) {
			redirect.addFlashAttribute("error", ex.detail());
		}
		return "redirect:/products/" + slug + "/beta";
	}

	@PostMapping("/products/{slug}/beta/settings")
	String configure(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean open,
			@RequestParam(required = false) @Nullable Integer testerCap, @AuthenticationPrincipal SignedInMember me,
			RedirectAttributes redirect) {
		if (testerCap != null && testerCap < 1) {
			redirect.addFlashAttribute("error", Words.page("flash.cap"));
		}
		else {
			testers.configure(slug, new ProgrammeSettings(open, testerCap), me);
		}
		return "redirect:/products/" + slug + "/beta";
	}

}
