package org.fanloop.notifications;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unsubscribe link of every email: a page with one button, and the one-click POST
 * mail programs send (RFC 8058). The signed token is the authority, so neither needs a
 * session.
 */
@Controller
class UnsubscribeController {

	private final NotificationService notifications;

	UnsubscribeController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/unsubscribe")
	String confirm(@RequestParam String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("done", false);
		return "notifications/unsubscribe";
	}

	@PostMapping("/unsubscribe")
	String unsubscribe(@RequestParam String token, Model model) {
		notifications.unsubscribe(token);
		model.addAttribute("done", true);
		return "notifications/unsubscribe";
	}

}
