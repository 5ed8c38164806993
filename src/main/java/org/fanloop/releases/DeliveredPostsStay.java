package org.fanloop.releases;

import java.util.Optional;

import org.fanloop.web.Words;
import org.fanloop.posts.PostKeepers;

import org.springframework.stereotype.Component;

/**
 * A post a build delivers (in a draft, a beta, a stable release or a withdrawn beta)
 * stays: the changelog, the credits and the lead times are about it.
 */
@Component
class DeliveredPostsStay implements PostKeepers {

	private final Builds builds;

	DeliveredPostsStay(Builds builds) {
		this.builds = builds;
	}

	@Override
	public Optional<Words> reasonToKeep(long postId) {
		return builds.deliveringPostAnyState(postId).map(version -> Words.of("post-in-build", version, postId));
	}

}
