package org.fanloop.rollouts;

import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rollout forms on a stable build's page: raise, halt with a reason, resume.
 */
@Controller
class RolloutController {

	private final RolloutService rollouts;

	RolloutController(RolloutService rollouts) {
		this.rollouts = rollouts;
	}

	@PostMapping("/builds/{id}/rollout")
	String rollout(@PathVariable long id, @RequestParam(required = false) @Nullable Integer percent,
			@RequestParam(required = false) @Nullable Boolean halted,
			@RequestParam(required = false) @Nullable String reason, @AuthenticationPrincipal SignedInMember me,
			RedirectAttributes redirect) {
		if (percent != null && (percent < 1 || percent > 100)) {
			redirect.addFlashAttribute("error", Words.page("flash.rollout-percent"));
			return "redirect:/builds/" + id + "#rollout";
		}
		try {
			rollouts.change(id, new RolloutChange(percent, halted, reason), me);
		}
		catch (RolloutConflict ex) {
			redirect.addFlashAttribute("error", ex.detail());
		}
		catch (InvalidRolloutRequest ex) {
			redirect.addFlashAttribute("error", ex.sentence());
		}
		return "redirect:/builds/" + id + "#rollout";
	}

}
