package org.fanloop.verification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fanloop.accounts.Member;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.accounts.WebSignIn;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages behind the mailed links and the forgotten-password form. Opening a link only
 * shows a button: mail scanners open links too, and must not use them up.
 */
@Controller
class VerificationController {

	private static final String FORGOT = "verification/forgot";

	private static final String RESET = "verification/reset";

	private static final String VERIFY = "verification/verify";

	private final VerificationService verification;

	private final WebSignIn webSignIn;

	VerificationController(VerificationService verification, WebSignIn webSignIn) {
		this.verification = verification;
		this.webSignIn = webSignIn;
	}

	@GetMapping("/forgot-password")
	String forgotForm() {
		return FORGOT;
	}

	@PostMapping("/forgot-password")
	String forgot(@RequestParam(defaultValue = "") String email, Model model) {
		String address = email.strip();
		model.addAttribute("email", address);
		if (address.isEmpty() || address.length() > 254 || !address.matches("[^@\\s]+@[^@\\s]+")) {
			model.addAttribute("error", "forgot.invalid");
			return FORGOT;
		}
		verification.requestReset(address);
		model.addAttribute("sent", true);
		return FORGOT;
	}

	@GetMapping("/reset-password/{token}")
	String resetForm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("username", verification.resetFor(token).map(Member::username).orElse(null));
		return RESET;
	}

	@PostMapping("/reset-password/{token}")
	String reset(@PathVariable String token, @RequestParam(defaultValue = "") String password, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("token", token);
		try {
			Member member = verification.reset(token, password);
			webSignIn.signIn(member, request, response);
			redirect.addFlashAttribute("accountNotice", "reset.done");
			return "redirect:/";
		}
		catch (WeakPassword ex) {
			model.addAttribute("username", verification.resetFor(token).map(Member::username).orElse(null));
			model.addAttribute("error", ex.reason());
			return RESET;
		}
		catch (InvalidEmailLink ex) {
			model.addAttribute("username", null);
			return RESET;
		}
	}

	@GetMapping("/verify-email/{token}")
	String verifyForm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return VERIFY;
	}

	@PostMapping("/verify-email/{token}")
	String verify(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		try {
			model.addAttribute("verified", verification.verify(token).username());
		}
		catch (InvalidEmailLink ex) {
			model.addAttribute("outcome", "verify.invalid");
		}
		catch (EmailClaimedByAnother ex) {
			model.addAttribute("outcome", "verify.taken");
		}
		return VERIFY;
	}

	@PostMapping("/me/verify-email")
	String resend(@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		try {
			verification.resendVerification(me);
			redirect.addFlashAttribute("accountNotice", "account.verify-sent");
		}
		catch (TooManyEmails ex) {
			redirect.addFlashAttribute("accountNotice", "account.verify-too-many");
		}
		return "redirect:/members/" + me.username();
	}

}
