package org.fanloop.reports;

import jakarta.validation.Valid;

import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The promotion gate's settings page for staff: the report thresholds, each empty for
 * "not a rule".
 */
@Controller
class GateController {

	private static final String PAGE = "reports/gate";

	private final GateService gates;

	GateController(GateService gates) {
		this.gates = gates;
	}

	@GetMapping("/products/{slug}/gate")
	String page(@PathVariable String slug, @AuthenticationPrincipal SignedInMember me, Model model) {
		Product product = gates.managed(slug, me);
		model.addAttribute("product", product);
		model.addAttribute("thresholds", gates.thresholds(product));
		return PAGE;
	}

	@PostMapping("/products/{slug}/gate")
	String save(@PathVariable String slug, @Valid @ModelAttribute("thresholds") GateThresholds thresholds,
			BindingResult errors, @AuthenticationPrincipal SignedInMember me, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("product", gates.managed(slug, me));
			return PAGE;
		}
		gates.save(slug, thresholds, me);
		redirect.addFlashAttribute("notice", Words.page("flash.gate-saved"));
		return "redirect:/products/" + slug + "/gate";
	}

}
