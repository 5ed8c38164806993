package org.fanloop.moderation;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.ModerationAction;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages' flag and moderation forms, and a product's moderation page (open flags, the
 * log) for its staff.
 */
@Controller
class ModerationController {

	private final ModerationService moderation;

	ModerationController(ModerationService moderation) {
		this.moderation = moderation;
	}

	@PostMapping("/posts/{id}/moderation")
	String moderate(@PathVariable long id, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") String note, @AuthenticationPrincipal SignedInMember me,
			RedirectAttributes redirect) {
		ModerationAction chosen = ModerationAction.of(action).orElse(null);
		if (chosen == null) {
			redirect.addFlashAttribute("accountNotice", "moderation.invalid");
			return "redirect:/posts/" + id + "#moderation";
		}
		moderation.moderate(id, chosen, note.substring(0, Math.min(note.length(), 2000)), me);
		redirect.addFlashAttribute("accountNotice", "moderation.done");
		return "redirect:/posts/" + id;
	}

	@PostMapping("/comments/{id}/moderation")
	String moderateComment(@PathVariable long id, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") String note, @AuthenticationPrincipal SignedInMember me) {
		ModerationAction chosen = "restore".equals(action) ? ModerationAction.RESTORE : ModerationAction.HIDE;
		long post = moderation.moderateComment(id, chosen, note.substring(0, Math.min(note.length(), 2000)), me);
		return "redirect:/posts/" + post + "#comment-" + id;
	}

	@PostMapping("/posts/{id}/flag")
	String flagPost(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		if (!reason.isBlank() && reason.length() <= 500) {
			moderation.flagPost(id, reason, me);
			redirect.addFlashAttribute("accountNotice", "flag.sent");
		}
		return "redirect:/posts/" + id;
	}

	@PostMapping("/comments/{id}/flag")
	String flagComment(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		long post = moderation.postOfComment(id);
		if (!reason.isBlank() && reason.length() <= 500) {
			moderation.flagComment(id, reason, me);
			redirect.addFlashAttribute("accountNotice", "flag.sent");
		}
		return "redirect:/posts/" + post + "#comment-" + id;
	}

	@GetMapping("/products/{slug}/moderation")
	String page(@PathVariable String slug, @AuthenticationPrincipal SignedInMember me, Model model) {
		model.addAttribute("overview", moderation.overview(slug, me));
		return "moderation/moderation";
	}

	@PostMapping("/products/{slug}/flags/{id}/dismiss")
	String dismiss(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		moderation.dismiss(slug, id, me);
		return "redirect:/products/" + slug + "/moderation";
	}

}
