package org.fanloop.releases;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Checks a build against every {@link PromotionRule} in the application, in their order.
 */
@Component
class PromotionGate {

	private final List<PromotionRule> rules;

	PromotionGate(List<PromotionRule> rules) {
		this.rules = rules;
	}

	Gate check(Build build) {
		return Gate.of(rules.stream().flatMap(rule -> rule.check(build).stream()).toList());
	}

}
