package org.fanloop.products;

import jakarta.validation.Valid;

import org.fanloop.accounts.MemberNotFound;
import org.fanloop.accounts.SignedInMember;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin pages: products and their teams.
 */
@Controller
class ProductAdminController {

	private static final String PRODUCTS = "products/admin";

	private static final String TEAM = "products/team";

	private final ProductService products;

	ProductAdminController(ProductService products) {
		this.products = products;
	}

	@GetMapping("/admin")
	String admin(Model model) {
		model.addAttribute("newProduct", new NewProduct("", "", ""));
		return adminPage(model);
	}

	@PostMapping("/admin/products")
	String create(@Valid @ModelAttribute("newProduct") NewProduct product, BindingResult errors, Model model,
			@AuthenticationPrincipal SignedInMember me) {
		if (errors.hasErrors()) {
			return adminPage(model);
		}
		try {
			return "redirect:/admin/products/" + products.create(product, me).slug();
		}
		catch (SlugTaken ex) {
			errors.rejectValue("slug", "taken", "is already taken");
			return adminPage(model);
		}
	}

	@GetMapping("/admin/products/{slug}")
	String team(@PathVariable String slug, Model model) {
		Product product = products.get(slug);
		model.addAttribute("product", product);
		model.addAttribute("staff", products.staff(product.id()));
		return TEAM;
	}

	@PostMapping("/admin/products/{slug}")
	String change(@PathVariable String slug, @RequestParam String name, @RequestParam String description,
			@RequestParam(defaultValue = "post") String unverifiedMay, @AuthenticationPrincipal SignedInMember me,
			RedirectAttributes redirect) {
		if (name.isBlank() || name.strip().length() > 80 || description.strip().length() > 1000
				|| UnverifiedMay.of(unverifiedMay).isEmpty()) {
			redirect.addFlashAttribute("error", "product.invalid");
		}
		else {
			products.change(slug, new ProductChange(name, description, unverifiedMay), me);
			redirect.addFlashAttribute("notice", "product.changed");
		}
		redirect.addFlashAttribute("username", "");
		return "redirect:/admin/products/" + slug;
	}

	@PostMapping("/admin/products/{slug}/staff")
	String addStaff(@PathVariable String slug, @RequestParam String username,
			@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		try {
			boolean added = products.addStaff(slug, username.trim(), me);
			redirect.addFlashAttribute("notice", added ? "staff.added" : "staff.already");
		}
		catch (MemberNotFound ex) {
			redirect.addFlashAttribute("error", "staff.unknown");
		}
		redirect.addFlashAttribute("username", username.trim());
		return "redirect:/admin/products/" + slug;
	}

	@PostMapping("/admin/products/{slug}/staff/{username}/remove")
	String removeStaff(@PathVariable String slug, @PathVariable String username,
			@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		products.removeStaff(slug, username, me);
		redirect.addFlashAttribute("notice", "staff.removed");
		redirect.addFlashAttribute("username", username);
		return "redirect:/admin/products/" + slug;
	}

	private String adminPage(Model model) {
		model.addAttribute("products", products.all());
		return PRODUCTS;
	}

}
