package org.fanloop.releases;

import java.util.List;

import org.fanloop.testers.RecentBetas;

import org.springframework.stereotype.Component;

/**
 * The product's last published betas (live or promoted; a withdrawn beta is no measure of
 * its testers), for the testers module to judge who is active.
 */
@Component
class RecentBetaBuilds implements RecentBetas {

	private final Builds builds;

	RecentBetaBuilds(Builds builds) {
		this.builds = builds;
	}

	@Override
	public List<RecentBeta> of(long productId, int count) {
		return builds.of(productId, List.of(BuildState.PUBLISHED, BuildState.PROMOTED), List.of(Channel.BETA), count)
			.stream()
			.filter(build -> build.publishedAt() != null)
			.map(build -> new RecentBeta(build.id(), build.publishedAt()))
			.toList();
	}

}
