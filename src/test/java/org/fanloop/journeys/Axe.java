package org.fanloop.journeys;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * axe-core inside the page: its default rules plus the one that checks a control's
 * accessible name contains its visible text (experimental in axe 4.10, and what the vote
 * buttons failed).
 */
final class Axe {

	private Axe() {
	}

	/** The serious and critical violations on the page, one line each. */
	static List<String> seriousViolations(Page page) {
		AxeRuleOptions on = new AxeRuleOptions();
		on.setEnabled(true);
		AxeRunOptions options = new AxeRunOptions();
		options.setRules(Map.of("label-content-name-mismatch", on));
		List<Rule> violations = new AxeBuilder(page).options(options).analyze().getViolations();
		return violations.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(rule -> page.url() + ": " + rule.getId() + " (" + rule.getImpact() + ") on "
					+ rule.getNodes()
						.stream()
						.limit(3)
						.map(node -> String.valueOf(node.getTarget()))
						.collect(Collectors.joining(", ")))
			.toList();
	}

}
