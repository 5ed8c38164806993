package org.fanloop.webhooks;

import jakarta.validation.Valid;

import org.fanloop.accounts.SignedInMember;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The admin pages for webhooks and their delivery logs.
 */
@Controller
class WebhookAdminController {

	private static final String PAGE = "webhooks/webhooks";

	private final WebhookService webhooks;

	WebhookAdminController(WebhookService webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping("/admin/webhooks")
	String page(@AuthenticationPrincipal SignedInMember me, Model model) {
		model.addAttribute("newWebhook", new NewWebhook("", null));
		return render(me, model);
	}

	@PostMapping("/admin/webhooks")
	String register(@Valid @ModelAttribute("newWebhook") NewWebhook hook, BindingResult errors,
			@AuthenticationPrincipal SignedInMember me, Model model) {
		if (!errors.hasErrors()) {
			try {
				model.addAttribute("created", webhooks.register(hook, me));
				model.addAttribute("newWebhook", new NewWebhook("", null));
			}
			catch (WebhookRefused ex) {
				errors.rejectValue("url", "refused", ex.reason());
			}
		}
		return render(me, model);
	}

	@PostMapping("/admin/webhooks/{id}/remove")
	String remove(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		webhooks.remove(id, me);
		return "redirect:/admin/webhooks";
	}

	@GetMapping("/admin/webhooks/{id}")
	String deliveries(@PathVariable long id, @AuthenticationPrincipal SignedInMember me, Model model) {
		model.addAttribute("deliveries", webhooks.deliveries(id, me));
		model.addAttribute("webhook", webhooks.webhook(id, me));
		return "webhooks/deliveries";
	}

	private String render(SignedInMember me, Model model) {
		model.addAttribute("webhooks", webhooks.all(me));
		return PAGE;
	}

}
