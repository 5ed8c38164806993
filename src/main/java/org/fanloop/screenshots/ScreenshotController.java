package org.fanloop.screenshots;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.fanloop.web.ModuleProblem;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.Comment;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostPageExtras;
import org.fanloop.products.ProductService;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildService;
import org.fanloop.reports.ReportService;
import org.fanloop.web.LocalPaths;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Screenshots on pages: a bug's page shows its screenshots with an upload form for its
 * reporter and staff; a build's screenshots page gathers what the viewer may see and lets
 * a tester add to their report. Plain forms ({@code multipart/form-data}), no JavaScript.
 */
@Controller
class ScreenshotController implements PostPageExtras {

	private final ScreenshotService screenshots;

	private final BuildService builds;

	private final ProductService products;

	private final ReportService reports;

	ScreenshotController(ScreenshotService screenshots, BuildService builds, ProductService products,
			ReportService reports) {
		this.screenshots = screenshots;
		this.builds = builds;
		this.products = products;
		this.reports = reports;
	}

	@Override
	public Map<String, Object> attributes(Post post, List<Comment> comments, @Nullable SignedInMember viewer) {
		if (post.foundInBuild() == null) {
			return Map.of();
		}
		List<Screenshot> shown;
		try {
			shown = screenshots.ofBug(post.id(), viewer);
		}
		catch (ModuleProblem ex) {
			// The viewer may not see the build: the bug's page shows no screenshots.
			return Map.of();
		}
		boolean staff = products.isStaff(post.productId(), viewer);
		boolean mayAdd = viewer != null && shown.size() < screenshots.perItem()
				&& (staff || post.authorName().equals(viewer.username()));
		return Map.of("screenshots", shown, "screenshotUpload", mayAdd, "screenshotStaff", staff);
	}

	@GetMapping("/screenshots/{id}")
	@ResponseBody
	ResponseEntity<byte[]> image(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInMember me) {
		return ScreenshotResponses.image(screenshots.open(id, me));
	}

	@GetMapping("/builds/{id}/screenshots")
	String build(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
		Build build = builds.visible(id, me);
		List<Screenshot> shown = screenshots.ofBuild(id, me);
		boolean reporting = me != null && reports.mayReport(build, me) && reports.mineIfAny(id, me) != null;
		model.addAttribute("build", build);
		model.addAttribute("bugShots", shown.stream().filter(s -> s.postId() != null).toList());
		model.addAttribute("reportShots", shown.stream().filter(s -> s.postId() == null).toList());
		model.addAttribute("reporting", reporting);
		model.addAttribute("mayReport", me != null && reports.mayReport(build, me));
		model.addAttribute("perItem", screenshots.perItem());
		model.addAttribute("me", me);
		return "screenshots/build";
	}

	@PostMapping("/posts/{id}/screenshots")
	String addToBug(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) throws IOException {
		try {
			screenshots.addToBug(id, file.getBytes(), me);
		}
		catch (InvalidScreenshot | ScreenshotConflict ex) {
			redirect.addFlashAttribute("screenshotError", ex.detail());
		}
		return "redirect:/posts/" + id + "#screenshots";
	}

	@PostMapping("/builds/{id}/screenshots")
	String addToReport(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) throws IOException {
		try {
			screenshots.addToReport(id, file.getBytes(), me);
		}
		catch (ModuleProblem ex) {
			if (ex.getStatusCode().value() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("screenshotError", ex.detail());
		}
		return "redirect:/builds/" + id + "/screenshots";
	}

	@PostMapping("/screenshots/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) @Nullable String back,
			@AuthenticationPrincipal SignedInMember me) {
		screenshots.delete(id, me);
		String local = LocalPaths.of(back);
		return "redirect:" + ((local != null) ? local : "/");
	}

}
