package org.fanloop.reports;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff read and set their product's report thresholds.
 */
@Service
public class GateService {

	private final GateSettings settings;

	private final ProductService products;

	GateService(GateSettings settings, ProductService products) {
		this.settings = settings;
		this.products = products;
	}

	public GateThresholds thresholds(String productSlug, @Nullable SignedInMember actor) {
		return thresholds(managed(productSlug, actor));
	}

	/** The product, for its staff; 403 for anybody else. */
	public Product managed(String productSlug, @Nullable SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "see its promotion gate");
		return product;
	}

	public GateThresholds thresholds(Product product) {
		return settings.of(product.id()).orElse(GateThresholds.none());
	}

	@Transactional
	public GateThresholds save(String productSlug, GateThresholds thresholds, @Nullable SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "set its promotion gate");
		settings.save(product.id(), thresholds);
		return settings.of(product.id()).orElse(GateThresholds.none());
	}

}
