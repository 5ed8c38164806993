package org.fanloop.notifications;

import org.fanloop.accounts.SignedInMember;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox and preferences pages, the unread badge and the follow button.
 */
@Controller
class NotificationController {

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/me/notifications")
	String inbox(@RequestParam(required = false) @Nullable String cursor, @AuthenticationPrincipal SignedInMember me,
			Model model) {
		model.addAttribute("inbox", notifications.inbox(me, cursor));
		return "notifications/inbox";
	}

	@PostMapping("/me/notifications/read")
	String markAllRead(@AuthenticationPrincipal SignedInMember me) {
		notifications.markRead(me, null);
		return "redirect:/me/notifications";
	}

	/** Opening a notification marks it read. */
	@GetMapping("/me/notifications/{id}")
	String open(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		return "redirect:" + notifications.open(id, me).orElse("/me/notifications");
	}

	@GetMapping("/me/notifications/badge")
	String badge(@AuthenticationPrincipal SignedInMember me, Model model) {
		model.addAttribute("unread", notifications.unread(me));
		return "notifications/fragments :: badge";
	}

	@GetMapping("/me/preferences")
	String preferences(@AuthenticationPrincipal SignedInMember me, Model model) {
		model.addAttribute("preferences", notifications.preferences(me));
		return "notifications/preferences";
	}

	@PostMapping("/me/preferences")
	String savePreferences(@RequestParam(defaultValue = "false") boolean emailOnStatus,
			@RequestParam(defaultValue = "false") boolean emailOnAnswers,
			@RequestParam(defaultValue = "false") boolean emailOnReleases, @AuthenticationPrincipal SignedInMember me,
			RedirectAttributes redirect) {
		notifications.savePreferences(me, new Preferences(emailOnStatus, emailOnAnswers, emailOnReleases));
		redirect.addFlashAttribute("saved", true);
		return "redirect:/me/preferences";
	}

	@GetMapping("/posts/{id}/follow")
	String followButton(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		model.addAttribute("follow",
				(me != null) ? notifications.followState(id, me) : new NotificationService.FollowState(id, null));
		return "notifications/fragments :: follow";
	}

	@PostMapping("/posts/{id}/follow")
	String follow(@PathVariable long id, @RequestParam boolean following, @AuthenticationPrincipal SignedInMember me,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("follow", notifications.follow(id, following, me));
		return (htmx != null) ? "notifications/fragments :: follow" : "redirect:/posts/" + id;
	}

}
