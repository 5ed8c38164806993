package org.fanloop.products;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an admin changes about a product: its name, its description, what members who have
 * not verified their email may do on its board ({@code post}, {@code comment} or
 * {@code vote}); a field left out stays as it is. The slug never changes, so every link
 * to the product keeps working.
 */
public record ProductChange(
		@Nullable @Size(max = 80) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
		@Nullable @Size(max = 1000) String description,
		@Nullable @Pattern(regexp = UnverifiedMay.PATTERN) String unverifiedMay) {

	public ProductChange(@Nullable String name, @Nullable String description) {
		this(name, description, null);
	}

	Product applyTo(Product product) {
		return new Product(product.id(), product.slug(), (name == null) ? product.name() : name.strip(),
				(description == null) ? product.description() : description.strip(), product.createdAt(),
				(unverifiedMay == null) ? product.unverifiedMay()
						: UnverifiedMay.of(unverifiedMay).orElse(product.unverifiedMay()));
	}

}
