package org.fanloop.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.fanloop.web.LocalPaths;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sign-up and log-in pages.
 */
@Controller
class AccountController {

	private static final String SIGN_UP = "accounts/signup";

	private final MemberService members;

	private final WebSignIn webSignIn;

	private final SignOnProviders providers;

	AccountController(MemberService members, WebSignIn webSignIn, SignOnProviders providers) {
		this.providers = providers;
		this.members = members;
		this.webSignIn = webSignIn;
	}

	/**
	 * The login form remembers the page the visitor came from (the Referer's path, or
	 * {@code back} after a failed attempt) and the post they pressed the vote button on.
	 */
	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String back,
			@RequestParam(required = false) @Nullable String username,
			@RequestHeader(name = HttpHeaders.REFERER, required = false) @Nullable String referer,
			HttpServletRequest request, Model model) {
		model.addAttribute("back",
				SignInPages.worthReturningTo((back != null) ? LocalPaths.relative(back) : LocalPaths.of(referer)));
		model.addAttribute("vote", SignInPages.vote(request));
		model.addAttribute("username", (username != null && !username.isBlank()) ? username : null);
		model.addAttribute("providers", providers.all());
		return "accounts/login";
	}

	@GetMapping("/signup")
	String signUpForm(Model model) {
		model.addAttribute("signUp", new SignUp("", "", ""));
		return SIGN_UP;
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("signUp") SignUp signUp, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return SIGN_UP;
		}
		try {
			webSignIn.signIn(members.signUp(signUp), request, response);
			redirect.addFlashAttribute("accountNotice", "account.verify-sent");
			return "redirect:/";
		}
		catch (SignUpRejected ex) {
			errors.rejectValue(ex.field(), "taken", ex.reason());
			return SIGN_UP;
		}
	}

}
