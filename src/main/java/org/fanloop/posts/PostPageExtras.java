package org.fanloop.posts;

import java.util.List;
import java.util.Map;

import org.fanloop.accounts.SignedInMember;
import org.jspecify.annotations.Nullable;

/**
 * What other modules add to a post's page (a bug's screenshots, say), as model attributes
 * the page's template knows by name. The posts module cannot ask those modules itself:
 * they depend on it.
 */
public interface PostPageExtras {

	/**
	 * Model attributes for this post's page (or a further page of its comments), as this
	 * viewer sees it; {@code comments} are the comments it shows, already read.
	 */
	Map<String, Object> attributes(Post post, List<Comment> comments, @Nullable SignedInMember viewer);

}
