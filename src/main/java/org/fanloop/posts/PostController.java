package org.fanloop.posts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A post's page, the new-post form, commenting and (for staff) changing the status.
 */
@Controller
class PostController {

	private static final String NEW_POST = "posts/new";

	private final PostService posts;

	private final ProductService products;

	private final BugService bugs;

	private final MessageSource messages;

	private final List<PostPageExtras> extras;

	private final PostEditing editing;

	PostController(PostEditing editing, PostService posts, ProductService products, BugService bugs,
			MessageSource messages, List<PostPageExtras> extras) {
		this.editing = editing;
		this.extras = extras;
		this.messages = messages;
		this.posts = posts;
		this.products = products;
		this.bugs = bugs;
	}

	@GetMapping("/products/{slug}/posts/new")
	String newPost(@PathVariable String slug, Model model) {
		model.addAttribute("product", products.get(slug));
		model.addAttribute("newPost", new NewPost("idea", "", ""));
		return NEW_POST;
	}

	@PostMapping("/products/{slug}/posts")
	String create(@PathVariable String slug, @Valid @ModelAttribute("newPost") NewPost post, BindingResult errors,
			@AuthenticationPrincipal SignedInMember me, Model model) {
		Product product = products.get(slug);
		if (errors.hasErrors()) {
			model.addAttribute("product", product);
			return NEW_POST;
		}
		return "redirect:/posts/" + posts.create(slug, post, me).id();
	}

	/**
	 * The post with its first comments, or (without JavaScript, "Show more comments")
	 * with the comments after the one with id {@code after}.
	 */
	@GetMapping("/posts/{id}")
	String post(@PathVariable long id, @RequestParam(defaultValue = "0") long after,
			@AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		return page(id, after, new NewComment(""), me, model);
	}

	/**
	 * The next comments for htmx to put in place of the "Show more comments" link.
	 */
	@GetMapping("/posts/{id}/comments")
	String moreComments(@PathVariable long id, @RequestParam(defaultValue = "0") long after,
			@AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		Post post = posts.view(id, me);
		model.addAttribute("post", post);
		model.addAttribute("staff", me != null && products.isStaff(post.productId(), me));
		addComments(post, after, me, model);
		return "posts/post :: comment-items";
	}

	/**
	 * htmx swaps the comments section (list and a fresh form, or the form with its error)
	 * in place; without JavaScript the browser is sent back to the post.
	 */
	@PostMapping("/posts/{id}/comments")
	String comment(@PathVariable long id, @Valid @ModelAttribute("newComment") NewComment comment, BindingResult errors,
			@AuthenticationPrincipal SignedInMember me,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		if (htmx == null) {
			if (errors.hasErrors()) {
				return page(id, 0, comment, me, model);
			}
			return "redirect:/posts/" + id + "#comment-" + posts.comment(id, comment, me).id();
		}
		Comment added = null;
		if (!errors.hasErrors()) {
			added = posts.comment(id, comment, me);
			comment = new NewComment("");
		}
		Post post = posts.view(id, me);
		model.addAttribute("post", post);
		model.addAttribute("staff", products.isStaff(post.productId(), me));
		model.addAttribute("newComment", comment);
		CommentPage shown = addComments(post, 0, me, model);
		if (added != null && shown.nextAfter() != null) {
			// Beyond the first page: shown after the link, so its writer sees it.
			model.addAttribute("added", added);
		}
		return "posts/post :: comments";
	}

	@PostMapping("/posts/{id}/status")
	String changeStatus(@PathVariable long id, @Valid @ModelAttribute StatusUpdate update, BindingResult errors,
			@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			// One sentence per field, and the form comes back as it was sent.
			redirect.addFlashAttribute("statusError",
					errors.getFieldErrors()
						.stream()
						.map(error -> messages.getMessage(error, LocaleContextHolder.getLocale()))
						.distinct()
						.toList());
			redirect.addFlashAttribute("statusNote", update.note());
			redirect.addFlashAttribute("statusChosen", update.status());
		}
		else {
			try {
				posts.changeStatus(id, update, me);
			}
			catch (PostConflict ex) {
				redirect.addFlashAttribute("statusError", List.of(ex.detail()));
			}
		}
		return "redirect:/posts/" + id + "#status";
	}

	@PostMapping("/comments/{id}/helpful")
	String markHelpful(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		long postId = posts.markHelpful(id, me);
		return "redirect:/posts/" + postId + "#comment-" + id;
	}

	/** Staff delete a post; the board says so, or the post's page says why not. */
	@PostMapping("/posts/{id}/delete")
	String delete(@PathVariable long id, @AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		Post post = posts.view(id, me);
		try {
			posts.delete(id, me);
		}
		catch (PostConflict ex) {
			redirect.addFlashAttribute("deleteError", ex.detail());
			return "redirect:/posts/" + id + "#delete";
		}
		redirect.addFlashAttribute("notice",
				messages.getMessage("post.deleted", new Object[] { post.title() }, LocaleContextHolder.getLocale()));
		return "redirect:/products/" + post.productSlug();
	}

	@PostMapping("/posts/{id}/severity")
	String changeSeverity(@PathVariable long id, @RequestParam String severity,
			@AuthenticationPrincipal SignedInMember me) {
		bugs.changeSeverity(id, Severity.of(severity), me);
		return "redirect:/posts/" + id;
	}

	private String page(long id, long after, NewComment commentForm, @Nullable SignedInMember me, Model model) {
		Post post = posts.view(id, me);
		if (post.mergedInto() != null) {
			// A merged post's page is its target's, where its comments stay readable.
			return "redirect:/posts/" + post.mergedInto() + "#merged-" + id;
		}
		model.addAttribute("post", post);
		model.addAttribute("product", products.get(post.productId()));
		model.addAttribute("timeline", posts.timeline(id));
		model.addAttribute("statuses", PostStatus.values());
		model.addAttribute("staff", me != null && products.isStaff(post.productId(), me));
		model.addAttribute("newComment", commentForm);
		model.addAttribute("after", after);
		boolean staff = me != null && products.isStaff(post.productId(), me);
		model.addAttribute("revisions", staff ? editing.revisions(id, me) : null);
		addComments(post, after, me, model);
		model.addAttribute("merged",
				posts.mergedPosts(id)
					.stream()
					.map(mergedId -> new MergedHere(posts.get(mergedId, me),
							posts.comments(mergedId, 0, PostService.COMMENTS_PER_PAGE).items()))
					.toList());
		return "posts/post";
	}

	/** A post merged into the one shown, with its first comments. */
	record MergedHere(Post post, List<Comment> comments) {
	}

	/** Staff merge this post into another; its page then leads there. */
	@PostMapping("/posts/{id}/merge")
	String merge(@PathVariable long id, @RequestParam(defaultValue = "") String into,
			@RequestParam(defaultValue = "") String note, @AuthenticationPrincipal SignedInMember me,
			RedirectAttributes redirect) {
		// "123", "#123" or the other post's address all name it.
		Matcher number = Pattern.compile("(\\d{1,18})\\D*$").matcher(into.strip());
		if (!number.find()) {
			redirect.addFlashAttribute("mergeError",
					messages.getMessage("merge.which", null, LocaleContextHolder.getLocale()));
			return "redirect:/posts/" + id + "#merge";
		}
		try {
			Post merged = posts.merge(id,
					new Merge(Long.parseLong(number.group(1)), note.substring(0, Math.min(note.length(), 2000))), me);
			return "redirect:/posts/" + merged.mergedInto() + "#merged-" + id;
		}
		catch (PostConflict | PostNotFound ex) {
			redirect.addFlashAttribute("mergeError", ex.detail());
			redirect.addFlashAttribute("mergeInto", into);
			return "redirect:/posts/" + id + "#merge";
		}
	}

	/** Staff undo a merge from the target's page; the post has its own page again. */
	@PostMapping("/posts/{id}/unmerge")
	String unmerge(@PathVariable long id, @AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
		Post post = posts.view(id, me);
		try {
			posts.unmerge(id, me);
		}
		catch (PostConflict ex) {
			redirect.addFlashAttribute("mergeError", ex.detail());
			return "redirect:/posts/" + ((post.mergedInto() == null) ? id : post.mergedInto());
		}
		return "redirect:/posts/" + id;
	}

	/** The comments shown and what other modules add for them (each read once). */
	private CommentPage addComments(Post post, long after, @Nullable SignedInMember me, Model model) {
		CommentPage shown = posts.comments(post.id(), after, PostService.COMMENTS_PER_PAGE);
		model.addAttribute("comments", shown.items());
		model.addAttribute("moreComments", shown.nextAfter());
		model.addAttribute("viewerName", (me != null) ? me.username() : null);
		extras.forEach(source -> model.addAllAttributes(source.attributes(post, shown.items(), me)));
		return shown;
	}

}
