package org.fanloop.accounts;

import org.fanloop.web.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Somebody staff heard from by email claims the account made for them: the one-time link
 * leads here, they choose a password, and sign in.
 */
@Controller
class ClaimController {

	private final MemberService members;

	ClaimController(MemberService members) {
		this.members = members;
	}

	@GetMapping("/claim/{token}")
	String form(@PathVariable String token, Model model) {
		model.addAttribute("username", members.claimant(token).orElse(null));
		model.addAttribute("token", token);
		return "accounts/claim";
	}

	@PostMapping("/claim/{token}")
	String claim(@PathVariable String token, @RequestParam String password, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("username", members.claimant(token).orElse(null));
		if (password.length() < 8 || password.length() > 64) {
			model.addAttribute("error", Words.page("flash.password-length"));
			return "accounts/claim";
		}
		try {
			members.claim(token, password);
			return "redirect:/login?claimed";
		}
		catch (SignUpRejected ex) {
			model.addAttribute("error", Words.page("flash.claim-link"));
			return "accounts/claim";
		}
	}

}
