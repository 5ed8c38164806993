package org.fanloop.history;

import java.time.Instant;
import java.util.List;

import org.fanloop.posts.PostCard;
import org.jspecify.annotations.Nullable;

/**
 * What anybody may see of a member: who they are, their avatar, their latest posts and
 * comments, and the posts they voted for when they made their votes public ({@code null}
 * otherwise).
 */
public record PublicProfile(long id, String username, boolean admin, Instant joinedAt, String avatar,
		boolean votesPublic, List<PostCard> posts, List<HistoryItem> comments, @Nullable List<HistoryItem> votes) {
}
