package org.fanloop.releases;

import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;

import org.springframework.http.HttpStatus;

/**
 * The gate is closed: the problem lists its rules, and which of them fail.
 */
public class PromotionRefused extends ModuleProblem {

	private final Gate gate;

	PromotionRefused(Build build, Gate gate) {
		super(HttpStatus.CONFLICT, "Promotion refused", Words.of("promotion-refused", build.version(),
				String.join(" ", gate.rules().stream().filter(rule -> !rule.passed()).map(GateRule::detail).toList())));
		this.gate = gate;
		getBody().setProperty("gate", gate);
	}

	public Gate gate() {
		return gate;
	}

}
