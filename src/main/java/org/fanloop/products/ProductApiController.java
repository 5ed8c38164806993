package org.fanloop.products;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.fanloop.accounts.MemberProfile;
import org.fanloop.accounts.SignedInMember;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Products and their teams.
 */
@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products")
class ProductApiController {

	private final ProductService products;

	ProductApiController(ProductService products) {
		this.products = products;
	}

	@GetMapping
	@Operation(summary = "All products")
	List<Product> all() {
		return products.all();
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One product")
	Product one(@PathVariable String slug) {
		return products.get(slug);
	}

	@PostMapping
	@Operation(summary = "Create a product (admin)")
	ResponseEntity<Product> create(@Valid @RequestBody NewProduct product, @AuthenticationPrincipal SignedInMember me) {
		Product created = products.create(product, me);
		return ResponseEntity.created(URI.create("/api/v1/products/" + created.slug())).body(created);
	}

	@PatchMapping("/{slug}")
	@Operation(
			summary = "Rename a product, change its description or what members with an unverified email may do (admin); the slug stays")
	Product change(@PathVariable String slug, @Valid @RequestBody ProductChange change,
			@AuthenticationPrincipal SignedInMember me) {
		return products.change(slug, change, me);
	}

	@GetMapping("/{slug}/staff")
	@Operation(summary = "The product's team")
	List<MemberProfile> staff(@PathVariable String slug) {
		return products.staff(products.get(slug).id());
	}

	@PostMapping("/{slug}/staff")
	@Operation(summary = "Add a member to the product's team (admin); 201 when added, 200 when already on it")
	ResponseEntity<List<MemberProfile>> addStaff(@PathVariable String slug, @Valid @RequestBody StaffRequest request,
			@AuthenticationPrincipal SignedInMember me) {
		boolean added = products.addStaff(slug, request.username(), me);
		return ResponseEntity.status(added ? 201 : 200).body(products.staff(products.get(slug).id()));
	}

	@DeleteMapping("/{slug}/staff/{username}")
	@Operation(summary = "Take a member off the product's team (admin)")
	ResponseEntity<Void> removeStaff(@PathVariable String slug, @PathVariable String username,
			@AuthenticationPrincipal SignedInMember me) {
		products.removeStaff(slug, username, me);
		return ResponseEntity.noContent().build();
	}

	record StaffRequest(@NotBlank String username) {
	}

}
