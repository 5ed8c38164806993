package org.fanloop.reputation;

import java.util.List;
import java.util.Optional;

import org.fanloop.web.Words;
import org.fanloop.products.ProductService;
import org.fanloop.testers.ApplicationCriteria;

import org.springframework.stereotype.Component;

/**
 * The level a product's beta asks of applicants. Its own small bean: the testers module
 * asks it while the reputation service (which reads reports, which read builds, which ask
 * the testers) is still being made.
 */
@Component
class LevelRequirement implements ApplicationCriteria {

	private final ReputationLedger ledger;

	private final ReputationSettings settings;

	private final ProductService products;

	LevelRequirement(ReputationLedger ledger, ReputationSettings settings, ProductService products) {
		this.ledger = ledger;
		this.settings = settings;
		this.products = products;
	}

	@Override
	public Optional<Words> unmet(long productId, String username) {
		Optional<String> required = ledger.minLevel(productId);
		if (required.isEmpty()) {
			return Optional.empty();
		}
		ReputationSettings.Level level = settings.named(required.get());
		if (level == null) {
			return Optional.empty();
		}
		long points = ledger.totals(List.of(username)).getOrDefault(username, 0L);
		if (points >= level.points()) {
			return Optional.empty();
		}
		return Optional.of(Words.of("level-required", products.get(productId).name(), level.name(), level.points(),
				points, settings.levelOf(points).name()));
	}

}
