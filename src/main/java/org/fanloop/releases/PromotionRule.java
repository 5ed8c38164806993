package org.fanloop.releases;

import java.util.List;

/**
 * A rule of the promotion gate. Every Spring bean implementing it is checked when a beta
 * build is to be promoted, so other modules (the testers' experience reports, say) add
 * rules without this module knowing them.
 */
public interface PromotionRule {

	/**
	 * The rules this bean checks for the build, with their verdicts; none when it has
	 * nothing to say (a threshold that is switched off).
	 */
	List<GateRule> check(Build build);

}
