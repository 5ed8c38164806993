package org.fanloop.releases;

import java.util.Optional;

/**
 * A stable build's rollout, offered by the module that keeps rollouts (which depends on
 * releases, not the other way round).
 */
public interface BuildRollouts {

	Optional<Rollout> of(Build build);

}
