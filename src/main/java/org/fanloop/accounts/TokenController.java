package org.fanloop.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A member's API tokens page: make one (shown once), see their names, revoke them.
 */
@Controller
class TokenController {

	private static final String PAGE = "accounts/tokens";

	private final MemberService members;

	TokenController(MemberService members) {
		this.members = members;
	}

	@GetMapping("/me/tokens")
	String page(@AuthenticationPrincipal SignedInMember me, Model model) {
		model.addAttribute("newToken", new NewToken(""));
		return render(me, model);
	}

	/**
	 * Answers with the page itself rather than a redirect, so the new token travels only
	 * in this response.
	 */
	@PostMapping("/me/tokens")
	String create(@Valid @ModelAttribute("newToken") NewToken token, BindingResult errors,
			@AuthenticationPrincipal SignedInMember me, Model model) {
		if (!errors.hasErrors()) {
			model.addAttribute("created", members.createToken(me, token.name()));
			model.addAttribute("newToken", new NewToken(""));
		}
		return render(me, model);
	}

	@PostMapping("/me/tokens/{id}/revoke")
	String revoke(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		members.revokeToken(me, id);
		return "redirect:/me/tokens";
	}

	private String render(SignedInMember me, Model model) {
		model.addAttribute("tokens", members.tokens(me));
		return PAGE;
	}

	record NewToken(@Nullable @Size(max = 60) String name) {
	}

}
