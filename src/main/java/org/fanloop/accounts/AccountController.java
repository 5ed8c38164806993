package org.fanloop.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The sign-up and log-in pages.
 */
@Controller
class AccountController {

	private static final String SIGN_UP = "accounts/signup";

	private final MemberService members;

	private final WebSignIn webSignIn;

	AccountController(MemberService members, WebSignIn webSignIn) {
		this.members = members;
		this.webSignIn = webSignIn;
	}

	@GetMapping("/login")
	String login() {
		return "accounts/login";
	}

	@GetMapping("/signup")
	String signUpForm(Model model) {
		model.addAttribute("signUp", new SignUp("", "", ""));
		return SIGN_UP;
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("signUp") SignUp signUp, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) {
		if (errors.hasErrors()) {
			return SIGN_UP;
		}
		try {
			webSignIn.signIn(members.signUp(signUp), request, response);
			return "redirect:/";
		}
		catch (SignUpRejected ex) {
			errors.rejectValue(ex.field(), "taken", ex.reason());
			return SIGN_UP;
		}
	}

}
