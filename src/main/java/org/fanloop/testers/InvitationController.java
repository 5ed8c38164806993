package org.fanloop.testers;

import java.time.Instant;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page an enrolment link opens: which beta it is for, and a button to join (after
 * signing in, which brings the visitor back here).
 */
@Controller
class InvitationController {

	private final InvitationService invitations;

	private final ProductService products;

	InvitationController(InvitationService invitations, ProductService products) {
		this.invitations = invitations;
		this.products = products;
	}

	@GetMapping("/join/{token}")
	String page(@PathVariable String token, @AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		Invitation invitation = invitations.find(token);
		model.addAttribute("product", products.get(invitation.productId()));
		model.addAttribute("usable", invitation.usable(Instant.now()));
		model.addAttribute("token", token);
		return "testers/join";
	}

	@PostMapping("/join/{token}")
	String join(@PathVariable String token, @AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		Invitation invitation = invitations.find(token);
		Product product = products.get(invitation.productId());
		try {
			invitations.join(invitation, me);
		}
		catch (ProgrammeConflict ex) {
			redirect.addFlashAttribute("error", ex.detail());
		}
		return "redirect:/products/" + product.slug() + "/beta";
	}

}
