package org.fanloop.posts;

import jakarta.validation.Valid;

import org.fanloop.accounts.SignedInMember;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages' forms for editing and deleting one's own posts and comments (staff may edit
 * and delete comments too).
 */
@Controller
class EditingController {

	private static final String EDIT = "posts/edit";

	private final PostEditing editing;

	private final PostService posts;

	EditingController(PostEditing editing, PostService posts) {
		this.editing = editing;
		this.posts = posts;
	}

	@GetMapping("/posts/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal SignedInMember me, Model model) {
		Post post = posts.view(id, me);
		model.addAttribute("post", post);
		model.addAttribute("postEdit", new PostEdit(post.title(), post.body()));
		return EDIT;
	}

	@PostMapping("/posts/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute("postEdit") PostEdit edit, BindingResult errors,
			@AuthenticationPrincipal SignedInMember me, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("post", posts.view(id, me));
			return EDIT;
		}
		editing.edit(id, edit, me);
		return "redirect:/posts/" + id;
	}

	@PostMapping("/posts/{id}/withdraw")
	String deleteOwn(@PathVariable long id, @AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		Post post = posts.view(id, me);
		editing.deleteOwn(id, me);
		redirect.addFlashAttribute("accountNotice", "post.deleted-own");
		return "redirect:/products/" + post.productSlug();
	}

	@PostMapping("/comments/{id}/edit")
	String editComment(@PathVariable long id, @RequestParam(defaultValue = "") String body,
			@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		if (body.isBlank() || body.length() > 10000) {
			redirect.addFlashAttribute("accountNotice", "comment.edit-invalid");
			return "redirect:/posts/" + posts.placeOf(id).postId() + "#comment-" + id;
		}
		return "redirect:/posts/" + editing.editComment(id, new CommentEdit(body), me) + "#comment-" + id;
	}

	@PostMapping("/comments/{id}/delete")
	String deleteComment(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		return "redirect:/posts/" + editing.deleteComment(id, me) + "#comment-" + id;
	}

}
