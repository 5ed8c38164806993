package org.fanloop.notifications;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.fanloop.accounts.SignedInMember;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's notifications, preferences and follows.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Notifications")
class NotificationApiController {

	private final NotificationService notifications;

	NotificationApiController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/me/notifications")
	@Operation(summary = "The caller's inbox, newest first; pass nextCursor as cursor for more")
	Inbox inbox(@RequestParam(required = false) @Nullable String cursor, @AuthenticationPrincipal SignedInMember me) {
		return notifications.inbox(me, cursor);
	}

	@PostMapping("/me/notifications/read")
	@Operation(summary = "Mark notifications read: the ids given, or all when there are none")
	Read markRead(@Valid @RequestBody(required = false) @Nullable ReadRequest request,
			@AuthenticationPrincipal SignedInMember me) {
		return new Read(notifications.markRead(me, (request != null) ? request.ids() : null), notifications.unread(me));
	}

	@GetMapping("/me/preferences")
	@Operation(summary = "Which news the caller also gets by email")
	Preferences preferences(@AuthenticationPrincipal SignedInMember me) {
		return notifications.preferences(me);
	}

	@PutMapping("/me/preferences")
	@Operation(summary = "Choose which news come by email too")
	Preferences savePreferences(@Valid @RequestBody Preferences preferences,
			@AuthenticationPrincipal SignedInMember me) {
		return notifications.savePreferences(me, preferences);
	}

	@GetMapping("/posts/{id}/follow")
	@Operation(summary = "Whether the caller follows (true), muted (false) or left alone (null) a post")
	NotificationService.FollowState followState(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		return notifications.followState(id, me);
	}

	@PutMapping("/posts/{id}/follow")
	@Operation(summary = "Follow a post: hear about it without voting or commenting")
	NotificationService.FollowState follow(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		return notifications.follow(id, true, me);
	}

	@DeleteMapping("/posts/{id}/follow")
	@Operation(summary = "Mute a post: hear nothing more about it")
	NotificationService.FollowState mute(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		return notifications.follow(id, false, me);
	}

	/** At most 1,000 ids a call; without ids every notification is marked read. */
	record ReadRequest(@Nullable @Size(max = 1000,
			message = "must list at most 1000 ids (send none to mark everything read)") List<Long> ids) {
	}

	record Read(int marked, long unread) {
	}

}
