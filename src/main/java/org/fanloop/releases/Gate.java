package org.fanloop.releases;

import java.util.List;

/**
 * Whether a beta build may be promoted to stable: every rule must pass.
 */
public record Gate(boolean passed, List<GateRule> rules) {

	static Gate of(List<GateRule> rules) {
		return new Gate(rules.stream().allMatch(GateRule::passed), rules);
	}

}
