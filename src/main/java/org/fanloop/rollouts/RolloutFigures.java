package org.fanloop.rollouts;

import java.util.Optional;

import org.fanloop.releases.Build;
import org.fanloop.releases.BuildRollouts;
import org.fanloop.releases.Rollout;

import org.springframework.stereotype.Component;

/**
 * Offers a stable build's rollout to the build page and {@code GET /api/v1/builds/{id}}.
 */
@Component
class RolloutFigures implements BuildRollouts {

	private final RolloutStages stages;

	RolloutFigures(RolloutStages stages) {
		this.stages = stages;
	}

	@Override
	public Optional<Rollout> of(Build build) {
		return Optional.of(stages.of(build.id()));
	}

}
