package org.fanloop.releases;

/**
 * A rule of the promotion gate. Every Spring bean implementing it is checked when a beta
 * build is to be promoted, so other modules (the testers' experience reports, say) add
 * rules without this module knowing them.
 */
public interface PromotionRule {

	GateRule check(Build build);

}
