package org.fanloop.triage;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fanloop.web.Refused;
import org.fanloop.web.Words;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Comment;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostPageExtras;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Triage in the API and on the post page: staff see the suggestion and answer it with one
 * click; admins retrain.
 */
@Controller
@Tag(name = "Triage")
class TriageController implements PostPageExtras {

	private final TriageService triage;

	TriageController(TriageService triage) {
		this.triage = triage;
	}

	@Override
	public Map<String, Object> attributes(Post post, List<Comment> comments, @Nullable SignedInMember viewer) {
		return triage.pageAttributes(post, viewer);
	}

	@GetMapping("/api/v1/posts/{id}/triage")
	@ResponseBody
	@Operation(summary = "The suggested kind and product of a post, with confidences, and what staff said (staff)")
	ResponseEntity<Suggestion> suggestion(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		return ResponseEntity.of(triage.suggestion(id, me));
	}

	@PutMapping("/api/v1/posts/{id}/triage")
	@ResponseBody
	@Operation(summary = "Say what a post is (staff): its kind and optionally its product; the post changes and "
			+ "the answer trains the next classifiers; returns the post")
	Post correct(@PathVariable long id, @Valid @RequestBody Correction correction,
			@AuthenticationPrincipal SignedInMember me) {
		return triage.correct(id, correction, me);
	}

	@GetMapping("/api/v1/admin/triage")
	@ResponseBody
	@Operation(summary = "When the triage classifiers were trained, on how many labels, how long it took (admin)")
	TriageService.TriageState state(@AuthenticationPrincipal @Nullable SignedInMember me) {
		if (me == null) {
			throw new AuthenticationCredentialsNotFoundException("Sign in first: only admins see triage.");
		}
		if (!me.admin()) {
			throw new Refused(Words.of("admins-triage"));
		}
		return triage.state();
	}

	@PostMapping("/api/v1/admin/triage/retrain")
	@ResponseBody
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Retrain the triage classifiers from the stored labels, in the background (admin)")
	TriageService.TriageState retrain(@AuthenticationPrincipal SignedInMember me) {
		return triage.startRetrain(me);
	}

	/**
	 * One click on the post page: the suggested kind (or another) is what the post is.
	 */
	@PostMapping("/posts/{id}/triage")
	String correctFromPage(@PathVariable long id, @RequestParam String kind,
			@RequestParam(required = false) @Nullable String product, @AuthenticationPrincipal SignedInMember me) {
		triage.correct(id, new Correction(org.fanloop.posts.PostKind.of(kind).value(), product), me);
		return "redirect:/posts/" + id + "#triage";
	}

}
