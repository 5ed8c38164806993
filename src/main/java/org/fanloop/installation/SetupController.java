package org.fanloop.installation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.fanloop.accounts.SignUp;
import org.fanloop.accounts.SignUpRejected;
import org.fanloop.accounts.WebSignIn;
import org.fanloop.products.NewProduct;
import org.fanloop.products.SlugTaken;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The one-time setup page of a new installation. It answers only while no admin exists.
 */
@Controller
class SetupController {

	private static final String SETUP = "installation/setup";

	private final InstallationService installation;

	private final WebSignIn webSignIn;

	SetupController(InstallationService installation, WebSignIn webSignIn) {
		this.installation = installation;
		this.webSignIn = webSignIn;
	}

	/** The setup page's header offers no log-in or sign-up: both lead back here. */
	@ModelAttribute("setupPage")
	boolean setupPage() {
		return true;
	}

	@GetMapping("/setup")
	String form(Model model) {
		if (installation.isSetUp()) {
			return "redirect:/";
		}
		model.addAttribute("setup", new SetupForm(new SignUp("", "", ""), new NewProduct("", "", "")));
		return SETUP;
	}

	@PostMapping("/setup")
	String setUp(@Valid @ModelAttribute("setup") SetupForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) {
		if (installation.isSetUp()) {
			return "redirect:/";
		}
		if (errors.hasErrors()) {
			return SETUP;
		}
		try {
			webSignIn.signIn(installation.setUp(form), request, response);
			return "redirect:/products/" + form.product().slug().trim();
		}
		catch (SignUpRejected ex) {
			errors.rejectValue("admin." + ex.field(), "taken", ex.reason());
		}
		catch (SlugTaken ex) {
			errors.rejectValue("product.slug", "taken", "is already taken");
		}
		catch (InstallationService.AlreadySetUp ex) {
			return "redirect:/";
		}
		return SETUP;
	}

}
