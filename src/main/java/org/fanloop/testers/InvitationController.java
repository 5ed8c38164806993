package org.fanloop.testers;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
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

	InvitationController(InvitationService invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/join/{token}")
	String page(@PathVariable String token, @AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		model.addAttribute("product", invitations.productOf(token));
		model.addAttribute("usable", invitations.usable(token));
		model.addAttribute("token", token);
		return "testers/join";
	}

	@PostMapping("/join/{token}")
	String join(@PathVariable String token, @AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		Product product = invitations.productOf(token);
		try {
			invitations.join(token, me);
		}
		catch (ProgrammeConflict ex) {
			redirect.addFlashAttribute("error", ex.getBody().getDetail());
		}
		return "redirect:/products/" + product.slug() + "/beta";
	}

}
