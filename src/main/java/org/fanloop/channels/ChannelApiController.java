package org.fanloop.channels;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.NewPost;
import org.fanloop.posts.PostKind;
import org.fanloop.posts.TitleLength;
import org.jspecify.annotations.Nullable;
import org.fanloop.voting.VoteState;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Feedback from other channels, for API clients (a support desk's integration, say).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Feedback from every channel")
class ChannelApiController {

	private final ChannelService channels;

	ChannelApiController(ChannelService channels) {
		this.channels = channels;
	}

	/** A post for a member: who (username or email), where it came from, and the post. */
	record PostFor(@NotBlank @Size(max = 254) String member, @NotBlank @Size(max = 60) String source,
			@NotBlank @Pattern(regexp = PostKind.PATTERN, message = "must be one of idea, bug, question") String kind,
			@NotBlank @TitleLength String title, @Nullable @Size(max = 20000) String body) {
	}

	/** A vote for a member. */
	record VoteFor(@NotBlank @Size(max = 254) String member, @NotBlank @Size(max = 60) String source) {
	}

	@PostMapping("/products/{slug}/posts/on-behalf")
	@Operation(summary = "Record a member's feedback from another channel as their post (staff)",
			description = "`member` is a username or an email; an email nobody has yet gets an account and an email "
					+ "with a link to claim it (`invited`: true). The post notes its source.")
	ResponseEntity<ChannelService.Recorded> post(@PathVariable String slug, @Valid @RequestBody PostFor post,
			@AuthenticationPrincipal SignedInMember me) {
		ChannelService.Recorded recorded = channels.post(slug,
				new NewPost(post.kind(), post.title(), (post.body() != null) ? post.body() : ""), post.member(),
				post.source(), me);
		return ResponseEntity.created(URI.create("/api/v1/posts/" + recorded.post().id())).body(recorded);
	}

	@PutMapping("/posts/{id}/vote/on-behalf")
	@Operation(summary = "Record a member's vote from another channel (staff); idempotent like a vote")
	VoteState vote(@PathVariable long id, @Valid @RequestBody VoteFor vote,
			@AuthenticationPrincipal SignedInMember me) {
		return channels.vote(id, vote.member(), vote.source(), me);
	}

}
