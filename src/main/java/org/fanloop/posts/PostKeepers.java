package org.fanloop.posts;

import org.fanloop.web.Words;

import java.util.Optional;

/**
 * A module whose records need a post to stay (a build that delivers it, say) says why,
 * and the post cannot be deleted. The posts module cannot ask those modules itself: they
 * depend on it.
 */
public interface PostKeepers {

	/**
	 * Why this post must stay, in a sentence for the member who tried; empty if it may
	 * go.
	 */
	Optional<Words> reasonToKeep(long postId);

}
