package org.fanloop.sso;

import org.fanloop.accounts.SignedInMember;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's single sign-on page: the providers the operator configured and the rule
 * that keeps staff to them.
 */
@Controller
class SsoAdminController {

	private final SsoPolicy policy;

	SsoAdminController(SsoPolicy policy) {
		this.policy = policy;
	}

	@GetMapping("/admin/sso")
	String page(@AuthenticationPrincipal SignedInMember me, Model model) {
		model.addAttribute("sso", policy.state(me));
		return "sso/admin";
	}

	@PostMapping("/admin/sso")
	String change(@RequestParam(defaultValue = "false") boolean requireForStaff,
			@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		try {
			policy.requireForStaff(requireForStaff, me);
			redirect.addFlashAttribute("saved", true);
		}
		catch (NoSignOnProvider ex) {
			redirect.addFlashAttribute("error", ex.detail());
		}
		return "redirect:/admin/sso";
	}

}
