package org.fanloop.sessions;

import java.util.List;

import org.fanloop.posts.PostCard;
import org.jspecify.annotations.Nullable;

/**
 * A review session with the posts it discusses, who comes, who waits, and (for the
 * signed-in member) their own invitation's state.
 */
public record SessionDetails(ReviewSession session, List<PostCard> posts, List<String> attending, List<String> waitlist,
		@Nullable List<Invitee> invitees, @Nullable String myState) {
}
