package org.fanloop.products;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an admin gives to create a product. The slug is the product's name in URLs.
 */
public record NewProduct(
		@NotBlank @Size(min = 2, max = 40) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
				message = "may contain only lower-case letters, digits and single dashes between them") String slug,
		@NotBlank @Size(max = 80) String name, @Size(max = 1000) String description) {

	public NewProduct {
		// The description is optional in requests.
		description = (description == null) ? "" : description;
	}

	NewProduct trimmed() {
		return new NewProduct(slug.trim(), name.trim(), description.trim());
	}

}
