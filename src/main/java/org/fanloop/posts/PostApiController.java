package org.fanloop.posts;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
 * Posts, boards, comments and statuses for API clients.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Posts")
class PostApiController {

	private final PostService posts;

	private final ProductService products;

	private final BugService bugs;

	private final PostEditing editing;

	PostApiController(PostService posts, ProductService products, BugService bugs, PostEditing editing) {
		this.editing = editing;
		this.posts = posts;
		this.products = products;
		this.bugs = bugs;
	}

	@PostMapping("/products/{slug}/posts")
	@Operation(summary = "Post on a product's board")
	ResponseEntity<Post> create(@PathVariable String slug, @Valid @RequestBody NewPost post,
			@AuthenticationPrincipal SignedInMember me) {
		Post created = posts.create(slug, post, me);
		return ResponseEntity.created(URI.create("/api/v1/posts/" + created.id())).body(created);
	}

	@GetMapping("/products/{slug}/posts")
	@Operation(summary = "A page of a product's board",
			description = "trending ranks by (1 + votes) halved for every week of age; pass nextCursor as cursor for the next page")
	BoardPage board(@PathVariable String slug,
			@Parameter(description = "top (default), trending or new") @RequestParam(
					required = false) @Nullable String sort,
			@Parameter(description = "open, under_review, planned, in_beta, shipped, declined or merged") @RequestParam(
					required = false) @Nullable String status,
			@Parameter(description = "idea, bug or question") @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String cursor,
			@Parameter(description = "1 to 100, default 20") @RequestParam(required = false) @Nullable Integer limit,
			@AuthenticationPrincipal @Nullable SignedInMember me) {
		return posts.board(products.get(slug), BoardQuery.of(sort, status, kind, cursor, limit), me);
	}

	@GetMapping("/posts/{id}")
	@Operation(summary = "One post with its exact vote count")
	Post post(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInMember me) {
		return posts.view(id, me);
	}

	@GetMapping("/posts/{id}/comments")
	@Operation(summary = "A post's comments, oldest first, a page at a time",
			description = "up to limit (at most 500) comments after the comment with id after; a Link header with rel=next points at the next page")
	ResponseEntity<List<Comment>> comments(@PathVariable long id, @RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "100") int limit) {
		CommentPage page = posts.comments(id, after, limit);
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
		if (page.nextAfter() != null) {
			answer.header(HttpHeaders.LINK, "</api/v1/posts/" + id + "/comments?after=" + page.nextAfter() + "&limit="
					+ Math.clamp(limit, 1, PostService.COMMENTS_MAX_PAGE) + ">; rel=\"next\"");
		}
		return answer.body(page.items());
	}

	@PostMapping("/posts/{id}/comments")
	@Operation(summary = "Comment on a post; staff comments are official answers")
	ResponseEntity<Comment> comment(@PathVariable long id, @Valid @RequestBody NewComment comment,
			@AuthenticationPrincipal SignedInMember me) {
		Comment added = posts.comment(id, comment, me);
		return ResponseEntity.created(URI.create("/api/v1/posts/" + id + "/comments#" + added.id())).body(added);
	}

	@GetMapping("/posts/{id}/timeline")
	@Operation(summary = "A post's status changes, oldest first")
	List<StatusChange> timeline(@PathVariable long id) {
		return posts.timeline(id);
	}

	@PutMapping("/posts/{id}/severity")
	@Operation(summary = "Re-grade a bug reported against a build (staff of its product)")
	Post changeSeverity(@PathVariable long id, @Valid @RequestBody SeverityUpdate update,
			@AuthenticationPrincipal SignedInMember me) {
		return bugs.changeSeverity(id, Severity.of(update.severity()), me);
	}

	record SeverityUpdate(@NotBlank @Pattern(regexp = Severity.PATTERN,
			message = "must be one of blocker, major, minor") String severity) {
	}

	/** A comment marked helpful. */
	record Helpful(long commentId, long postId, boolean helpful) {
	}

	@PostMapping("/comments/{id}/helpful")
	@Operation(summary = "Mark a comment helpful (staff of its product); its author earns reputation, once")
	Helpful markHelpful(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		return new Helpful(id, posts.markHelpful(id, me), true);
	}

	@DeleteMapping("/posts/{id}")
	@Operation(
			summary = "Delete a post: its author (it keeps its votes and timeline but leaves every list), or "
					+ "staff of its product (for good, with its comments, votes, follows and screenshots)",
			description = "For staff: 409 when other posts were merged into it or a build delivers it.")
	ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		if (posts.get(id, me).authorName().equals(me.username())) {
			editing.deleteOwn(id, me);
		}
		else {
			posts.delete(id, me);
		}
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/posts/{id}")
	@Operation(summary = "Edit a post's title or body (its author or staff of its product)",
			description = "The post shows it was edited; staff see the earlier versions.")
	Post edit(@PathVariable long id, @Valid @RequestBody PostEdit edit, @AuthenticationPrincipal SignedInMember me) {
		return editing.edit(id, edit, me);
	}

	@PutMapping("/comments/{id}")
	@Operation(summary = "Edit a comment (its author or staff of its product)")
	ResponseEntity<Void> editComment(@PathVariable long id, @Valid @RequestBody CommentEdit edit,
			@AuthenticationPrincipal SignedInMember me) {
		editing.editComment(id, edit, me);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/comments/{id}")
	@Operation(summary = "Delete a comment (its author or staff of its product); it keeps its place in the thread")
	ResponseEntity<Void> deleteComment(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		editing.deleteComment(id, me);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/posts/{id}/revisions")
	@Operation(summary = "The earlier versions of a post and its comments (staff of its product)")
	List<Revision> revisions(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		return editing.revisions(id, me);
	}

	@PostMapping("/posts/{id}/merge")
	@Operation(summary = "Merge a duplicate into the post it repeats (staff of its product)",
			description = "The post becomes merged and points at the other (mergedInto); its voters become that "
					+ "post's voters, each counted once. 409 for a merge into itself, into a merged post, across "
					+ "products, or of a merged post.")
	Post merge(@PathVariable long id, @Valid @RequestBody Merge merge, @AuthenticationPrincipal SignedInMember me) {
		return posts.merge(id, merge, me);
	}

	@DeleteMapping("/posts/{id}/merge")
	@Operation(summary = "Undo a merge (staff of its product): the post gets back its status, the other post "
			+ "gives back the voters it gained")
	Post unmerge(@PathVariable long id, @AuthenticationPrincipal SignedInMember me) {
		return posts.unmerge(id, me);
	}

	@PostMapping("/posts/{id}/status")
	@Operation(summary = "Move a post to another status, with a public note (staff of its product)")
	Post changeStatus(@PathVariable long id, @Valid @RequestBody StatusUpdate update,
			@AuthenticationPrincipal SignedInMember me) {
		return posts.changeStatus(id, update, me);
	}

}
